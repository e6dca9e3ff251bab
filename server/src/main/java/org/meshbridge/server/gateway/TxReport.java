package org.meshbridge.server.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code tx_result}: how the {@code tx} with this id ended: {@code SENT}, {@code FAILED} or
 * {@code NOT_SENT} (the {@link TxResult} names).
 */
public record TxReport(long id, TxResult result) implements GatewayMessage {

    public TxReport {
        Objects.requireNonNull(result, "result");
    }

    @Override
    public MessageType type() {
        return MessageType.TX_RESULT;
    }

    @Override
    public void write(ObjectNode json) {
        json.put("id", id).put("result", result.name());
    }

    static TxReport read(JsonFields fields) throws MalformedFrameException {
        long id = fields.integer("id", 1, JsonFields.MAX_SAFE_INTEGER);
        String result = fields.text("result", 16);
        for (TxResult value : TxResult.values()) {
            if (value.name().equals(result)) {
                return new TxReport(id, value);
            }
        }
        throw new MalformedFrameException(Reason.UNKNOWN_CODE,
                "tx_result.result '" + result + "' is not SENT, FAILED or NOT_SENT");
    }
}
