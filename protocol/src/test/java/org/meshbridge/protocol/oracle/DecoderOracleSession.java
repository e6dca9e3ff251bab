package org.meshbridge.protocol.oracle;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One meshcore-decoder process for a test class:
 * {@code @RegisterExtension static final DecoderOracleSession ORACLE = new DecoderOracleSession();}
 * then {@code ORACLE.decoder()}. Starting skips the class when the oracle is not installed (or fails
 * it under {@code -Dmeshbridge.oracles=required}), as {@link MeshcoreDecoderOracle#start()} does.
 */
public final class DecoderOracleSession implements BeforeAllCallback, AfterAllCallback {

    private MeshcoreDecoderOracle decoder;

    @Override
    public void beforeAll(ExtensionContext context) {
        decoder = MeshcoreDecoderOracle.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (decoder != null) {
            decoder.close();
            decoder = null;
        }
    }

    /** The running decoder; only between the class's first and last test. */
    public MeshcoreDecoderOracle decoder() {
        if (decoder == null) {
            throw new IllegalStateException("the decoder oracle runs only while the test class runs");
        }
        return decoder;
    }
}
