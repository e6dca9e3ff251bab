package org.meshbridge.protocol.crypto;

import org.meshbridge.protocol.bytes.Bytes;

/** The keys of spec §12.2 (cross-checked there against the firmware's lib/ed25519). */
final class KeyVectors {

    /** A: the firmware's test client keypair from {@code LocalIdentity::validatePrivateKey}. */
    static final Bytes A_PRV = Bytes.fromHex("7065e18fd9fabb70c1ed90dca19907de698c88b709ea146eafd93d9b830c7b60"
            + "c4681193c79bbc39945ba8064104bb618f8fd7a84a0af6f57033d6e8ddcd6471");
    static final Bytes A_PUB = Bytes.fromHex("1EC77175B0918ED206F9AE04EC136D6D5D4315BB26305427F645B492E9350C10");

    /** B: the room server, meshcore-decoder's key-derivation sample (spec §12.1 [R7]). */
    static final Bytes B_PRV = Bytes.fromHex("18469d6140447f77de13cd8d761e605431f52269fbff43b0925752ed9e674543"
            + "5dc6a86d2568af8b70d3365db3f88234760c8ecc645ce469829bc45b65f1d5d5");
    static final Bytes B_PUB = Bytes.fromHex("4852B69364572B52EFA1B6BB3E6D0ABED4F389A1CBFBB60A9BBA2CCE649CAF0E");

    /** C: seed 32 × 0x42. */
    static final Bytes C_SEED = Bytes.fromHex("42".repeat(32));
    static final Bytes C_PRV = Bytes.fromHex("90e7595fc89e52fdfddce9c6a43d74dbf6047025ee0462d2d172e8b6a2841d6e"
            + "eda66ce2983f7ff7e47c49615220e78c25c775a040957316b7bafd5985450f90");
    static final Bytes C_PUB = Bytes.fromHex("2152F8D19B791D24453242E15F2EAB6CB7CFFA7B6A5ED30097960E069881DB12");

    static final Bytes U_A = Bytes.fromHex("8454321A0D3CB275F3151602A84865513120F77C7B00DA0D31679C0EF6BA4555");
    static final Bytes U_B = Bytes.fromHex("3F1C6ABA3C3C462E98CD8BDC41BE33537F1657F82818B2632A84DD33763D6A39");
    static final Bytes SHARED_AB = Bytes.fromHex("FA3E40C00AACDAD37C94B1BBF4DD5E34580DCF312FE676A46FF210968BEF8B30");

    /**
     * B's signature on "hello". Spec §12.2 calls it A's, but it verifies only with B's key; the
     * firmware's ed25519_sign, compiled locally, gives this value for B and {@link #A_SIG_HELLO} for A.
     */
    static final Bytes B_SIG_HELLO = Bytes.fromHex("7e0f09c452a15506aa9e96948b225e795705900bff190d4e5844516f39436d77"
            + "7ad4465cb2681b6489a70ea1240dffcf64bdba23ed05d778a849d63e15c39404");
    /** A's signature on "hello", from the firmware's ed25519_sign compiled locally. */
    static final Bytes A_SIG_HELLO = Bytes.fromHex("cb18aa9032e79da40822b1a20d560c24eda36791b2d1718697f1dcdc02671f59"
            + "db091e73414e95f6e27d36f9fa10986e6a1c8b6537330a6ad22f1982771da907");

    /** Spec §12.2 [1]: room advert from B, ts 1700000000, app_data 93 … "Test BBS". */
    static final Bytes ADVERT_B = Bytes.fromHex("1100"
            + "4852B69364572B52EFA1B6BB3E6D0ABED4F389A1CBFBB60A9BBA2CCE649CAF0E" // pub
            + "00F15365" // timestamp
            + "D0995EADE1F10351314D0CAE50FFBE29448339B2647CEDFB987E5C6BB856D45E"
            + "38DBD3B1E28EA095852BD5DC975DEF43CC8277B1F9A6DA27B132E17900ECC601" // signature
            + "9300000000000000005465737420424253"); // app_data

    /** Spec §12.1 [R1]: a real advert capture (WW7STR/PugetMesh Cougar). */
    static final Bytes ADVERT_R1 = Bytes.fromHex("1100"
            + "7E7662676F7F0850A8A355BAAFBFC1EB7B4174C340442D7D7161C9474A2C9400"
            + "6CE7CF68"
            + "2E58408DD8FCC51906ECA98EBF94A037886BDADE7ECD09FD92B839491DF3809C"
            + "9454F5286D1D3370AC31A34593D569E9A042A3B41FD331DFFB7E18599CE1E609"
            + "92A076D50238C5B8F85757375354522F50756765744D65736820436F75676172");

    private KeyVectors() {
    }

    /** The bytes an advert signature covers: pub ‖ timestamp ‖ app_data (header, path_len 0 skipped). */
    static Bytes advertSignedPart(Bytes advert) {
        return advert.slice(2, 38).concat(advert.slice(102, advert.size()));
    }

    static Bytes advertSignature(Bytes advert) {
        return advert.slice(38, 102);
    }
}
