package org.meshbridge.server.mqtt;

import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3ConnAckException;
import com.hivemq.client.mqtt.mqtt3.message.connect.connack.Mqtt3ConnAckReturnCode;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException;
import com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAckReasonCode;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLException;

/** Turns the client's failures into one line an operator can act on. */
final class BrokerErrors {

    private BrokerErrors() {
    }

    /** Why connecting to {@code broker} failed. */
    static BrokerException classify(Throwable failure, BrokerAddress broker) {
        Throwable e = unwrap(failure);
        if (e instanceof BrokerException known) {
            return known;
        }
        if (e instanceof Mqtt5ConnAckException refused) {
            Mqtt5ConnAckReasonCode code = refused.getMqttMessage().getReasonCode();
            return new BrokerException("the broker " + broker + " refused the connection: " + words(code.name())
                    + hint(code == Mqtt5ConnAckReasonCode.BAD_USER_NAME_OR_PASSWORD
                    || code == Mqtt5ConnAckReasonCode.NOT_AUTHORIZED), true, e);
        }
        if (e instanceof Mqtt3ConnAckException refused) {
            Mqtt3ConnAckReturnCode code = refused.getMqttMessage().getReturnCode();
            return new BrokerException("the broker " + broker + " refused the connection: " + words(code.name())
                    + hint(code == Mqtt3ConnAckReturnCode.BAD_USER_NAME_OR_PASSWORD
                    || code == Mqtt3ConnAckReturnCode.NOT_AUTHORIZED), true, e);
        }
        Throwable root = e;
        for (Throwable c = e; c != null; c = c.getCause()) {
            root = c;
            if (c instanceof SSLException tls) {
                return new BrokerException("TLS with " + broker + " failed: " + tls.getMessage()
                        + " (check mqtt.tls.ca_file and the broker's certificate)", false, e);
            }
            if (c instanceof ConnectException refused) {
                return new BrokerException("cannot connect to " + broker + ": " + refused.getMessage(), false, e);
            }
            if (c instanceof UnknownHostException) {
                return new BrokerException("cannot connect to " + broker + ": unknown host " + broker.host(), false, e);
            }
        }
        return new BrokerException("cannot connect to " + broker + ": " + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage()), false, e);
    }

    /** The cause inside a future's wrapper. */
    static Throwable unwrap(Throwable failure) {
        Throwable e = failure;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static String words(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String hint(boolean credentials) {
        return credentials ? " (check mqtt.username and mqtt.password)" : "";
    }
}
