package org.meshbridge.protocol.payload;

import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.PayloadType;

/**
 * ADVERT (0x04): {@code pub_key(32) | timestamp(4) | signature(64) | app_data}. The signature
 * covers {@link #signedMessage()}.
 *
 * <p>App data is kept as raw bytes so every advert re-encodes exactly; {@link #appDataFields()}
 * parses it. {@code Mesh::onRecvPacket} cuts app data to {@value PayloadConstants#MAX_ADVERT_DATA_SIZE}
 * bytes <em>before</em> verifying, so for longer app data the signed message and the parsed
 * fields cover only the first 32 bytes ({@code createAdvert} refuses to make such an advert).
 * {@link #isAppDataFullySigned()} tells which case applies.
 *
 * <p>{@link #sign} makes an advert as {@code Mesh::createAdvert} does; {@link #verifySignature()}
 * checks one.
 *
 * @param publicKey    the advertiser's Ed25519 key, 32 bytes
 * @param timestamp    the advertiser's clock, uint32 seconds; receivers drop non-increasing ones
 * @param signature    Ed25519 signature, 64 bytes
 * @param appData      0..84 bytes of app data (see {@link AdvertAppData})
 */
public record AdvertPayload(Bytes publicKey, long timestamp, Bytes signature, Bytes appData) implements Payload {

    public AdvertPayload {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(appData, "appData");
        PayloadFields.requireSize(publicKey, PayloadConstants.PUB_KEY_SIZE, "public key");
        PayloadFields.requireU32(timestamp, "timestamp");
        PayloadFields.requireSize(signature, PayloadConstants.SIGNATURE_SIZE, "signature");
        PayloadFields.requireAtMost(PayloadConstants.MIN_ADVERT + appData.size(), PayloadConstants.MAX_PACKET_PAYLOAD, "ADVERT payload");
    }

    /** An advert carrying {@code appData}; {@code signature} must be over {@link #signedMessage(Bytes, long, Bytes)}. */
    public static AdvertPayload of(Bytes publicKey, long timestamp, Bytes signature, AdvertAppData appData) {
        return new AdvertPayload(publicKey, timestamp, signature, appData.encode());
    }

    /**
     * A signed advert, as {@code Mesh::createAdvert} builds it: the signer's public key, the
     * timestamp, the Ed25519 signature over {@link #signedMessage(Bytes, long, Bytes)} and the app
     * data. Works with seeded identities and with imported 64-byte expanded keys alike.
     *
     * @param timestamp the signer's clock, uint32 seconds; receivers drop adverts whose timestamp
     *                  does not increase, so use a monotonic clock
     */
    public static AdvertPayload sign(LocalIdentity signer, long timestamp, AdvertAppData appData) {
        Bytes data = appData.encode();
        Bytes signature = signer.sign(signedMessage(signer.publicKey(), timestamp, data));
        return new AdvertPayload(signer.publicKey(), timestamp, signature, data);
    }

    /**
     * What an advertiser signs: {@code pub_key ‖ timestamp(4 LE) ‖ app_data}, with app data cut to
     * 32 bytes as the firmware does when it verifies.
     */
    public static Bytes signedMessage(Bytes publicKey, long timestamp, Bytes appData) {
        PayloadFields.requireSize(publicKey, PayloadConstants.PUB_KEY_SIZE, "public key");
        PayloadFields.requireU32(timestamp, "timestamp");
        int signedLength = Math.min(appData.size(), PayloadConstants.MAX_ADVERT_DATA_SIZE);
        return new ByteWriter(PayloadConstants.PUB_KEY_SIZE + 4 + signedLength)
                .bytes(publicKey).u32(timestamp).bytes(appData.prefix(signedLength)).toBytes();
    }

    /** Reads an ADVERT: at least 100 bytes ({@code Mesh::onRecvPacket}). */
    public static AdvertPayload read(ByteReader r) throws MalformedFrameException {
        PayloadFields.checkMinimum(r, PayloadConstants.MIN_ADVERT, "ADVERT payload");
        Bytes key = r.bytes(PayloadConstants.PUB_KEY_SIZE, "pub_key");
        long timestamp = r.u32("timestamp");
        Bytes signature = r.bytes(PayloadConstants.SIGNATURE_SIZE, "signature");
        return new AdvertPayload(key, timestamp, signature, r.rest());
    }

    /** The bytes the signature must verify over, as {@code Mesh::onRecvPacket} builds them. */
    public Bytes signedMessage() {
        return signedMessage(publicKey, timestamp, appData);
    }

    /**
     * Whether the signature is the advertiser's over every byte of the advert
     * ({@link Identity#verify} over {@link #signedMessage()}). False when app data exceeds 32 bytes:
     * the firmware would verify only the first 32 and ignore the rest, but then the rest is not
     * authenticated, so this library does not call it valid.
     */
    public boolean verifySignature() {
        return verifySignature(Identity.of(publicKey));
    }

    /**
     * As {@link #verifySignature()}, with {@code signer}'s cached key point: a receiver that keeps
     * the {@link Identity} of a known advertiser saves decoding its key for every advert.
     *
     * @throws IllegalArgumentException unless {@code signer} carries this advert's key
     */
    public boolean verifySignature(Identity signer) {
        if (!signer.publicKey().equals(publicKey)) {
            throw new IllegalArgumentException("signer " + signer.publicKey().hex() + " is not the advert's key "
                    + publicKey.hex());
        }
        return isAppDataFullySigned() && signer.verify(signedMessage(), signature);
    }

    /** False when app data exceeds 32 bytes: the firmware then verifies (and parses) only the first 32. */
    public boolean isAppDataFullySigned() {
        return appData.size() <= PayloadConstants.MAX_ADVERT_DATA_SIZE;
    }

    /**
     * The app data fields of the signed part (the first 32 bytes), or empty when they do not
     * parse ({@code AdvertDataParser::isValid} false, or bytes this library cannot re-encode).
     */
    public Optional<AdvertAppData> appDataFields() {
        try {
            return Optional.of(AdvertAppData.decode(appData.prefix(Math.min(appData.size(), PayloadConstants.MAX_ADVERT_DATA_SIZE))));
        } catch (MalformedFrameException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public int typeCode() {
        return PayloadType.ADVERT.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(publicKey).u32(timestamp).bytes(signature).bytes(appData);
    }
}
