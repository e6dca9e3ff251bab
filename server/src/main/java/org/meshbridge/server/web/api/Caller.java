package org.meshbridge.server.web.api;

/** The signed-in account a request acts for, as the REST resources need it. */
public interface Caller {

    /** The account name; posts by this caller carry it as their author. */
    String account();

    /** True for an administrator (the admin status page). */
    boolean admin();

    /** May read {@code room}'s history and see its live posts. */
    boolean canRead(String room);

    /** May post to {@code room}. */
    boolean canPost(String room);
}
