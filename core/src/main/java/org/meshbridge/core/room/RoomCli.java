package org.meshbridge.core.room;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.Hex;
import org.meshbridge.protocol.crypto.Identity;

/**
 * The admin commands a room answers over the air (CLI_DATA from an admin; firmware room
 * {@code handleCommand} and {@code CommonCLI}), with the firmware's replies:
 *
 * <ul>
 *   <li>{@code room.post <text>}: a post by the room itself;</li>
 *   <li>{@code setperm <pubkey-hex> <perm>}: set a client's role (0 removes it; a prefix is enough to remove);</li>
 *   <li>{@code get allow.read.only}, {@code set allow.read.only on|off};</li>
 *   <li>{@code password <new>} (admin password, echoed), {@code get|set guest.password};</li>
 *   <li>{@code get role}, {@code get name}, {@code get public.key}, {@code ver}, {@code clock};</li>
 *   <li>{@code advert} (flood), {@code advert.zerohop}.</li>
 * </ul>
 *
 * Anything else answers {@code "Unknown command"} (unknown {@code get}/{@code set} keys:
 * {@code "??: key"} and {@code "unknown config: key"}). {@code clock sync} and {@code time} are
 * refused: the server's clock is the operating system's. A {@code "XX|"} prefix is echoed
 * (companion CLI tagging). Password and read-only changes last until the room restarts; the
 * config file stays the source of truth. Confined to the scheduler thread.
 */
final class RoomCli {

    private static final String VERSION = "meshbridge (Build: MeshCore v1.17.1 room server)";

    private final RoomContext room;
    private final BiConsumer<Boolean, Duration> advert;

    /** @param advert sends the room's advert: flood or zero-hop, after a delay */
    RoomCli(RoomContext room, BiConsumer<Boolean, Duration> advert) {
        this.room = room;
        this.advert = advert;
    }

    /** The reply to {@code line}; empty means no reply. */
    String handle(String line) {
        String command = line.stripLeading();
        String tag = "";
        if (command.length() > 4 && command.charAt(2) == '|') {
            tag = command.substring(0, 3);
            command = command.substring(3);
        }
        return tag + dispatch(command);
    }

    private String dispatch(String command) {
        if (command.startsWith("setperm ")) {
            return setPermissions(command.substring(8));
        }
        if (command.startsWith("room.post")) {
            String text = command.substring(9).stripLeading();
            if (text.isEmpty()) {
                return "ERR empty message";
            }
            room.store(Optional.of(room.identity.publicKey()), room.name, PostOrigin.SYSTEM, text);
            return "OK";
        }
        if (command.startsWith("advert.zerohop") && (command.length() == 14 || command.charAt(14) == ' ')) {
            advert.accept(false, RoomConstants.CLI_ADVERT_DELAY);
            return "OK - zerohop advert sent";
        }
        if (command.startsWith("advert")) {
            advert.accept(true, RoomConstants.CLI_ADVERT_DELAY);
            return "OK - Advert sent";
        }
        if (command.startsWith("clock sync") || command.startsWith("time ")) {
            return "ERR: the server keeps its own clock";
        }
        if (command.startsWith("clock")) {
            return clock();
        }
        if (command.startsWith("password ")) {
            String password = RoomSettings.cut(command.substring(9));
            room.settings.adminPassword = password.isEmpty() ? Optional.empty() : Optional.of(password);
            return "password now: " + password;
        }
        if (command.startsWith("get ")) {
            return get(command.substring(4));
        }
        if (command.startsWith("set ")) {
            return set(command.substring(4));
        }
        if (command.startsWith("ver")) {
            return VERSION;
        }
        return "Unknown command";
    }

    private String get(String key) {
        if (key.startsWith("allow.read.only")) {
            return "> " + (room.settings.allowReadOnly ? "on" : "off");
        }
        if (key.startsWith("guest.password")) {
            return "> " + room.settings.guestPassword.orElse("");
        }
        if (key.startsWith("name")) {
            return "> " + room.name;
        }
        if (key.startsWith("public.key")) {
            return "> " + room.identity.publicKey().hex();
        }
        if (key.startsWith("role")) {
            return "> " + RoomConstants.FIRMWARE_ROLE;
        }
        return "??: " + key;
    }

    private String set(String key) {
        if (key.startsWith("allow.read.only ")) {
            room.settings.allowReadOnly = key.startsWith("on", 16);
            return "OK";
        }
        if (key.startsWith("guest.password ")) {
            String password = RoomSettings.cut(key.substring(15));
            room.settings.guestPassword = password.isEmpty() ? Optional.empty() : Optional.of(password);
            return "OK";
        }
        return "unknown config: " + key;
    }

    /** {@code setperm}: role 0 removes the first client whose key starts with the given hex; others need the whole key. */
    private String setPermissions(String args) {
        int space = args.indexOf(' ');
        if (space < 0) {
            return "Err - bad params";
        }
        String hex = args.substring(0, Math.min(space, 64));
        Bytes key;
        try {
            key = Bytes.of(Hex.decode(hex.substring(0, hex.length() / 2 * 2)));
        } catch (IllegalArgumentException notHex) {
            return "Err - bad pubkey";
        }
        int permissions = atoi(args.substring(space + 1)) & 0xFF;
        RoomRole role = RoomRole.fromCode(permissions & 3).orElseThrow();
        if (role == RoomRole.GUEST) {
            return key.isEmpty() || room.acl.removeByPrefix(key).isEmpty() ? "Err - invalid params" : "OK";
        }
        if (key.size() < 32) {
            return "Err - invalid params";
        }
        Optional<RoomClient> client = room.acl.admit(Identity.of(key), role);
        if (client.isEmpty()) {
            return "Err - invalid params";
        }
        client.get().role = role;
        room.acl.save(client.get());
        return "OK";
    }

    private String clock() {
        ZonedDateTime t = ZonedDateTime.ofInstant(room.host.scheduler().now(), ZoneOffset.UTC);
        return String.format("%02d:%02d - %d/%d/%d UTC", t.getHour(), t.getMinute(), t.getDayOfMonth(), t.getMonthValue(),
                t.getYear());
    }

    /** C {@code atoi}: leading digits, 0 if none. */
    private static int atoi(String s) {
        String t = s.strip();
        int end = 0;
        while (end < t.length() && end < 9 && Character.isDigit(t.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(t.substring(0, end));
    }
}
