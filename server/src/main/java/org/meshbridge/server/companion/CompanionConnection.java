package org.meshbridge.server.companion;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.meshbridge.core.companion.CompanionContact;
import org.meshbridge.core.companion.CompanionException;
import org.meshbridge.core.companion.CompanionSession;
import org.meshbridge.core.companion.SessionListener;
import org.meshbridge.core.companion.VirtualCompanion;
import org.meshbridge.protocol.companion.Advert;
import org.meshbridge.protocol.companion.AppStart;
import org.meshbridge.protocol.companion.CompanionCommand;
import org.meshbridge.protocol.companion.CompanionReply;
import org.meshbridge.protocol.companion.Contact;
import org.meshbridge.protocol.companion.ContactsStart;
import org.meshbridge.protocol.companion.CurrTime;
import org.meshbridge.protocol.companion.DeviceQuery;
import org.meshbridge.protocol.companion.Disabled;
import org.meshbridge.protocol.companion.EndOfContacts;
import org.meshbridge.protocol.companion.Err;
import org.meshbridge.protocol.companion.ErrorCode;
import org.meshbridge.protocol.companion.ExportPrivateKey;
import org.meshbridge.protocol.companion.FactoryReset;
import org.meshbridge.protocol.companion.GetBattAndStorage;
import org.meshbridge.protocol.companion.GetContactByKey;
import org.meshbridge.protocol.companion.GetContacts;
import org.meshbridge.protocol.companion.GetDeviceTime;
import org.meshbridge.protocol.companion.GetStats;
import org.meshbridge.protocol.companion.ImportPrivateKey;
import org.meshbridge.protocol.companion.MsgWaiting;
import org.meshbridge.protocol.companion.Ok;
import org.meshbridge.protocol.companion.Reboot;
import org.meshbridge.protocol.companion.SendChannelTxtMsg;
import org.meshbridge.protocol.companion.SendLogin;
import org.meshbridge.protocol.companion.SendSelfAdvert;
import org.meshbridge.protocol.companion.SendStatusReq;
import org.meshbridge.protocol.companion.SendTelemetryReq;
import org.meshbridge.protocol.companion.SendTracePath;
import org.meshbridge.protocol.companion.SendTxtMsg;
import org.meshbridge.protocol.companion.SetAdvertLatLon;
import org.meshbridge.protocol.companion.SetAdvertName;
import org.meshbridge.protocol.companion.SetDevicePin;
import org.meshbridge.protocol.companion.SetDeviceTime;
import org.meshbridge.protocol.companion.SetOtherParams;
import org.meshbridge.protocol.companion.SetPathHashMode;
import org.meshbridge.protocol.companion.SetRadioParams;
import org.meshbridge.protocol.companion.SetRadioTxPower;
import org.meshbridge.protocol.companion.SetTuningParams;
import org.meshbridge.server.net.RateLimiter;

/**
 * One app connection, as the firmware's {@code MyMesh::handleCmdFrame} serves its one client, but as
 * one session of the account's {@link VirtualCompanion}: DeviceQuery and AppStart in either order, the
 * message codes the app asked for (v1 or v3), device and contact commands here, messaging in
 * {@link MessagingCommands}. Commands that would change the shared server (radio, TX power, name,
 * position, reboot, factory reset, keys) get an error and change nothing. Commands that send take a
 * token from the account's send limit first ({@link CompanionLimits#sends()}); out of tokens they
 * are answered {@code ERR_CODE_TABLE_FULL} and do nothing. Confined to the scheduler
 * thread; {@code out} writes a reply to the socket and may be called from it.
 */
final class CompanionConnection implements SessionListener {

    private final VirtualCompanion companion;
    private final CompanionDevice device;
    private final Consumer<CompanionReply> out;
    private final MessagingCommands messaging;
    private final Optional<RateLimiter> sends;
    private CompanionSession session;
    /** {@code app_target_ver} from CMD_DEVICE_QUERY: 0 until the app says (v1 message codes). */
    private int appTargetVer;

    CompanionConnection(VirtualCompanion companion, CompanionDevice device, Consumer<CompanionReply> out) {
        this(companion, device, out, Optional.empty());
    }

    CompanionConnection(VirtualCompanion companion, CompanionDevice device, Consumer<CompanionReply> out,
                        Optional<RateLimiter> sends) {
        this.sends = Objects.requireNonNull(sends, "sends");
        this.companion = Objects.requireNonNull(companion, "companion");
        this.device = Objects.requireNonNull(device, "device");
        this.out = Objects.requireNonNull(out, "out");
        this.messaging = new MessagingCommands(companion, out);
    }

    /** Opens the session (on the scheduler thread). */
    void open() {
        session = companion.openSession(this);
    }

    /** Closes the session; the account's other connections keep theirs. */
    void close() {
        if (session != null) {
            session.close();
        }
    }

    void onCommand(CompanionCommand command) {
        if (session == null || !session.isOpen()) {
            return;
        }
        if (sends(command) && sends.isPresent() && !sends.get().tryAcquire(companion.account()).allowed()) {
            out.accept(new Err(ErrorCode.TABLE_FULL.code()));
        } else if (command instanceof DeviceQuery q) {
            appTargetVer = q.appTargetVer();
            out.accept(DeviceReplies.deviceInfo(device));
        } else if (command instanceof AppStart) {
            out.accept(DeviceReplies.selfInfo(device, companion));
        } else if (command instanceof GetContacts g) {
            contacts(g.since().orElse(-1));
        } else if (command instanceof GetContactByKey g) {
            companion.contact(g.publicKey()).ifPresentOrElse(c -> out.accept(new Contact(DeviceReplies.contact(c))),
                    () -> out.accept(new Err(ErrorCode.NOT_FOUND.code())));
        } else if (command instanceof GetDeviceTime) {
            out.accept(new CurrTime(companion.epochSeconds() & 0xFFFFFFFFL));
        } else if (command instanceof SetDeviceTime) {
            out.accept(new Ok());
        } else if (command instanceof GetStats s) {
            out.accept(DeviceReplies.stats(device, s.statsType(), companion.epochSeconds(), companion.lastHeardSignal()));
        } else if (command instanceof GetBattAndStorage) {
            out.accept(DeviceReplies.battery());
        } else if (command instanceof SendSelfAdvert a) {
            companion.advert(a.mode().orElse(0) == 1);
            out.accept(new Ok());
        } else if (command instanceof ExportPrivateKey || command instanceof ImportPrivateKey) {
            out.accept(new Disabled());
        } else if (changesSharedServer(command)) {
            out.accept(new Err(ErrorCode.ILLEGAL_ARG.code()));
        } else if (!messaging.handle(command, session, appTargetVer)) {
            out.accept(new Err(ErrorCode.UNSUPPORTED_CMD.code()));
        }
    }

    /** Commands that put something on the mesh or into a room: each takes a token from the account's send limit. */
    static boolean sends(CompanionCommand c) {
        return c instanceof SendTxtMsg || c instanceof SendChannelTxtMsg || c instanceof SendLogin
                || c instanceof SendStatusReq || c instanceof SendTelemetryReq || c instanceof SendTracePath
                || c instanceof SendSelfAdvert;
    }

    /** Radio parameters, TX power, tuning, the node's name, position, PIN, path mode and reboot/reset belong to the whole server. */
    static boolean changesSharedServer(CompanionCommand c) {
        return c instanceof SetRadioParams || c instanceof SetRadioTxPower || c instanceof SetTuningParams
                || c instanceof Reboot || c instanceof FactoryReset || c instanceof SetAdvertName
                || c instanceof SetAdvertLatLon || c instanceof SetOtherParams || c instanceof SetDevicePin
                || c instanceof SetPathHashMode;
    }

    /** CONTACTS_START with the total, each contact changed after {@code since}, END_OF_CONTACTS with the newest change. */
    private void contacts(long since) {
        List<CompanionContact> all = companion.contacts();
        out.accept(new ContactsStart(all.size()));
        long newest = 0;
        for (CompanionContact c : all) {
            if (c.lastModified() > since) {
                out.accept(new Contact(DeviceReplies.contact(c)));
                newest = Math.max(newest, c.lastModified());
            }
        }
        out.accept(new EndOfContacts(newest & 0xFFFFFFFFL));
    }

    @Override
    public void onMessageWaiting() {
        out.accept(new MsgWaiting());
    }

    @Override
    public void onNodeHeard(CompanionContact contact) {
        out.accept(new Advert(contact.identity().publicKey()));
    }

    /** For {@link MessagingCommands}: map a core refusal to the firmware's error code. */
    static Err error(CompanionException e) {
        return new Err(switch (e.reason()) {
            case NOT_FOUND -> ErrorCode.NOT_FOUND.code();
            case TABLE_FULL -> ErrorCode.TABLE_FULL.code();
            case NOT_ALLOWED, ILLEGAL_ARGUMENT -> ErrorCode.ILLEGAL_ARG.code();
        });
    }
}
