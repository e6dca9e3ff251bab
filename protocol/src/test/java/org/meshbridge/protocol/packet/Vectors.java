package org.meshbridge.protocol.packet;

import java.util.List;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * Real and synthetic MeshCore packets with known decodings, shared with other modules through the
 * protocol test-jar. Sources: spec {@code meshcore-protocol.md} §12 (R = real captures re-verified
 * from michaelhart/meshcore-decoder, numbers = synthetic end-to-end vectors) and
 * {@code test-oracles.md} §4.3 (meshcore-decoder's shipped vectors).
 */
public final class Vectors {

    private Vectors() {
    }

    // ---- §12.1 real captures ----

    /** [R1] FLOOD ADVERT from repeater "WW7STR/PugetMesh Cougar", ts 1758455660; hash 75B10CB12C391078. */
    public static final Bytes R1_ADVERT = Bytes.fromHex(
            "11007E7662676F7F0850A8A355BAAFBFC1EB7B4174C340442D7D7161C9474A2C94006CE7CF682E58408DD8FCC5"
            + "1906ECA98EBF94A037886BDADE7ECD09FD92B839491DF3809C9454F5286D1D3370AC31A34593D569E9A042A3B4"
            + "1FD331DFFB7E18599CE1E60992A076D50238C5B8F85757375354522F50756765744D65736820436F75676172");
    /** [R1] the advertiser's public key. */
    public static final Bytes R1_PUB_KEY = Bytes.fromHex("7E7662676F7F0850A8A355BAAFBFC1EB7B4174C340442D7D7161C9474A2C9400");
    /** [R1] firmware packet hash. */
    public static final Bytes R1_HASH = Bytes.fromHex("75B10CB12C391078");

    /** [R2] FLOOD GRP_TXT on Public (channel hash 0x11, MAC C3C1): "🌲 Tree: ☁️", ts 1758484279. */
    public static final Bytes R2_GRP_TXT = Bytes.fromHex(
            "150011C3C1354D619BAE9590E4D177DB7EEAF982F5BDCF78005D75157D9535FA90178F785D");
    /** [R2] Public channel key. */
    public static final Bytes PUBLIC_CHANNEL_KEY = Bytes.fromHex("8b3387e9c5cdea6ac9e5edbaa115cd72");
    /** [R2] decrypted plaintext (before zero padding). */
    public static final Bytes R2_PLAINTEXT = Bytes.fromHex("3757D06800F09F8CB220547265653A20E29881EFB88F");

    /** [R3] GRP_TXT with path_len 0x83: 3 hops of 3-byte hashes 3FA002 860CCA E0EED9, channel 0xCA. */
    public static final Bytes R3_GRP_TXT_3BYTE_PATH = Bytes.fromHex(
            "15833fa002860ccae0eed9ca78b9ab0775d477c1f6490a398bf4edc75240");
    /** [R3]/[R4] #bot channel key. */
    public static final Bytes BOT_CHANNEL_KEY = Bytes.fromHex("eb50a1bcb3e4e5d7bf69a57c9dada211");

    /** [R4] GRP_TXT with path_len 0x40: 2-byte hash mode, zero hops. */
    public static final Bytes R4_GRP_TXT_2BYTE_MODE = Bytes.fromHex(
            "1540cab3b15626481a5ba64247ab25766e410b026e0678a32da9f0c3946fae5b714cab170f");

    /** [R5] TRANSPORT_FLOOD GRP_TXT, codes 0x1AFA/0 (region "#ottawa"), path 4E 92 7D. */
    public static final Bytes R5_TRANSPORT_FLOOD = Bytes.fromHex(
            "14FA1A0000034E927D596EA23622BCB4D5945E49348165AF7DABA3F5DCEED85F430E0856DB5B591E86AB3363BC"
            + "00E1BA30776698F72FC57C7168E66A4875CDB710F3C175FC2B3FE75A036EF14FA59A709062D3A9FF7014F2E7A8512C");

    /** [R6] DIRECT REQ, zero hops, dest D1, src DE, MAC B01B, 16-byte ciphertext. */
    public static final Bytes R6_REQ = Bytes.fromHex("0200D1DEB01B2F8B72DD363AA4EF07E0BDA2266A8979");
    /** [R6] DIRECT RESPONSE, zero hops, dest DE, src 1F, MAC DFCA. */
    public static final Bytes R6_RESPONSE = Bytes.fromHex("0600DE1FDFCAD56E6C38B756FEE81C24199C6043AC5B");
    /** [R6] DIRECT ANON_REQ via [5F], dest 57, sender 54AF…A496, MAC 141B. */
    public static final Bytes R6_ANON_REQ = Bytes.fromHex(
            "1E015F5754AF4E36FB37D58BE06A87AA8F97C23D0A1F42EC66ECED68875175540404A496141B071D2809885DE1"
            + "3090A8F813B9151927");
    /** [R6] FLOOD TXT_MSG via 6F 17 C4 7E, dest D0, src 0A. */
    public static final Bytes R6_TXT_MSG = Bytes.fromHex("09046F17C47ED00A13E16AB5B94B1CC2D1A5059C6E5A6253C60D");
    /** [R6] FLOOD ACK via B8 91 64 7E, ack BB40BA70. */
    public static final Bytes R6_ACK = Bytes.fromHex("0D04B891647EBB40BA70");
    /** [R6] DIRECT TRACE, path [0x30] = SNR 12 dB, tag 0xBD894DA2, auth 0, flags 0, hops [FB]. */
    public static final Bytes R6_TRACE = Bytes.fromHex("260130A24D89BD0000000000FB");
    /** [R6] DIRECT CONTROL DISCOVER_RESP from a repeater, SNR −9 dB, tag 0x5B3E3335, 32-byte key. */
    public static final Bytes R6_DISCOVER_RESP = Bytes.fromHex(
            "2E0092DC35333E5B4FBB374D26E77A3AF0A0E3D34A7174131BBEBF2341EE948B6F4B13CF800C928F");

    /** [R7] expanded orlp private key of node B. */
    public static final Bytes R7_PRIVATE_KEY = Bytes.fromHex(
            "18469d6140447f77de13cd8d761e605431f52269fbff43b0925752ed9e6745435dc6a86d2568af8b70d3365db3f8"
            + "8234760c8ecc645ce469829bc45b65f1d5d5");

    // ---- §12.2 synthetic end-to-end vectors ----

    /** Key A (client), public. */
    public static final Bytes A_PUB_KEY = Bytes.fromHex("1EC77175B0918ED206F9AE04EC136D6D5D4315BB26305427F645B492E9350C10");
    /** Key B (room server, = [R7]), public. */
    public static final Bytes B_PUB_KEY = Bytes.fromHex("4852B69364572B52EFA1B6BB3E6D0ABED4F389A1CBFBB60A9BBA2CCE649CAF0E");
    /** Key C (another author), public. */
    public static final Bytes C_PUB_KEY = Bytes.fromHex("2152F8D19B791D24453242E15F2EAB6CB7CFFA7B6A5ED30097960E069881DB12");
    /** ECDH secret A↔B. */
    public static final Bytes SECRET_AB = Bytes.fromHex("FA3E40C00AACDAD37C94B1BBF4DD5E34580DCF312FE676A46FF210968BEF8B30");

    /** [1] Room advert from B, ts 1700000000, app data 93 00000000 00000000 "Test BBS"; hash 0E18A632530D2DD9. */
    public static final Bytes V1_ROOM_ADVERT = Bytes.fromHex(
            "11004852B69364572B52EFA1B6BB3E6D0ABED4F389A1CBFBB60A9BBA2CCE649CAF0E00F15365D0995EADE1F103"
            + "51314D0CAE50FFBE29448339B2647CEDFB987E5C6BB856D45E38DBD3B1E28EA095852BD5DC975DEF43CC8277B1"
            + "F9A6DA27B132E17900ECC6019300000000000000005465737420424253");
    public static final Bytes V1_HASH = Bytes.fromHex("0E18A632530D2DD9");

    /** [2] Login ANON_REQ A→B, flood, zero hops; hash 3F9C853D7E753384. */
    public static final Bytes V2_LOGIN = Bytes.fromHex(
            "1D00481EC77175B0918ED206F9AE04EC136D6D5D4315BB26305427F645B492E9350C102CFFAA53A7DFCADF3CF1"
            + "FA889209FDAE2EAC");
    /** [2] the same login after repeaters AA then BB. */
    public static final Bytes V2_LOGIN_AFTER_TWO_HOPS = Bytes.fromHex(
            "1D02AABB481EC77175B0918ED206F9AE04EC136D6D5D4315BB26305427F645B492E9350C102CFFAA53A7DFCADF"
            + "3CF1FA889209FDAE2EAC");
    public static final Bytes V2_HASH = Bytes.fromHex("3F9C853D7E753384");
    /** [2] room login plaintext: ts 1700000100, sync_since 0, "hello". */
    public static final Bytes V2_PLAINTEXT = Bytes.fromHex("64F15365 00000000 68656C6C6F");

    /** [3] Login reply B→A as a flood PATH return. */
    public static final Bytes V3_PATH_RETURN = Bytes.fromHex(
            "21001E489B6E9E8620F8D1C1E6E5901F511CAE5AAFDBB826EB7A23C75F52C6A3828EE57C1035");
    /** [3] plaintext: path AA BB, extra RESPONSE (server time, LOGIN_OK, keep-alive 0, admin 0, perms 2, random, ver 1). */
    public static final Bytes V3_PLAINTEXT = Bytes.fromHex("02 AABB 01 69F15365 00 00 00 02 01020304 01");

    /** [3b] Reciprocal PATH A→B, DIRECT via AA,BB. */
    public static final Bytes V3B_RECIPROCAL_PATH = Bytes.fromHex("2202AABB481E1332FBFB8D8732CE11963A5219A779D9DC7D");
    /** [3b] plaintext: path BB AA, no extra (0xFF + 4 "random" bytes). */
    public static final Bytes V3B_PLAINTEXT = Bytes.fromHex("02 BBAA FF DEADBEEF");

    /** [4] Post TXT_MSG A→B, flood. */
    public static final Bytes V4_POST = Bytes.fromHex("0900481E9C93514FABCFA4A66821C0F59544EC954529");
    /** [4] plaintext: ts 0x6553F1C8, plain attempt 0, "Hello room". */
    public static final Bytes V4_PLAINTEXT = Bytes.fromHex("C8F15365 00 48656C6C6F20726F6F6D");
    /** [4] expected ACK = SHA-256(plaintext ‖ A.pub)[0..4]. */
    public static final Bytes V4_ACK_HASH = Bytes.fromHex("712250F6");

    /** [5] ACK B→A, flood; hash 67D225F8382DD6C4. */
    public static final Bytes V5_ACK = Bytes.fromHex("0D00712250F6");
    public static final Bytes V5_HASH = Bytes.fromHex("67D225F8382DD6C4");

    /** [6] Push TXT_MSG B→A, DIRECT via BB,AA. */
    public static final Bytes V6_PUSH = Bytes.fromHex("0A02BBAA1E48183817D23A5A253AFE118C3572579CBA0670ADAC2FA74A420473635239C7F46EFC8D");
    /** [6] plaintext: post ts 1700000300, SIGNED_PLAIN attempt 1, author 2152F8D1, "Hi from C". */
    public static final Bytes V6_PLAINTEXT = Bytes.fromHex("2CF25365 09 2152F8D1 48692066726F6D2043");
    /** [6] expected ACK = SHA-256(plaintext ‖ A.pub)[0..4]. */
    public static final Bytes V6_ACK_HASH = Bytes.fromHex("D7A84A56");

    /** [7] GRP_TXT on Public, flood. */
    public static final Bytes V7_GRP_TXT = Bytes.fromHex("1500112A34D8E13779CE7668329339679EE383641C");
    /** [7] plaintext: ts 0x6553F290, flags 0, "Alice: hi". */
    public static final Bytes V7_PLAINTEXT = Bytes.fromHex("90F25365 00 416C6963653A206869");

    /** [8] REQ GET_STATUS A→B, zero-hop direct. */
    public static final Bytes V8_GET_STATUS = Bytes.fromHex("0200481EFBB8234DFE74CF031216BD80786684F16B12");
    /** [8] plaintext: tag 0x6553F2F4, GET_STATUS, reserved 0, random 11223344. */
    public static final Bytes V8_PLAINTEXT = Bytes.fromHex("F4F25365 01 00000000 11223344");

    /** [9] [7] scoped to region "#test": TRANSPORT_FLOOD with code 0x0C19. */
    public static final Bytes V9_TRANSPORT_FLOOD = Bytes.fromHex("14190C000000112A34D8E13779CE7668329339679EE383641C");

    // ---- test-oracles.md §4.3 extras ----

    /** Invalid: path_len 0xC1 uses the reserved hash-size mode 3. */
    public static final Bytes ORACLE_RESERVED_HASH_SIZE = Bytes.fromHex("15C1FF00");
    /** DIRECT ACK, one 2-byte hop AABB, ack 11223344. */
    public static final Bytes ORACLE_ACK_2BYTE_HOP = Bytes.fromHex("0E41AABB11223344");
    /** FLOOD PATH with 5 hops (payload is encrypted; the decoder misreads it). */
    public static final Bytes ORACLE_PATH_5_HOPS = Bytes.fromHex("2105F464C77E411279399EFE1942B8A3FFA10F54D9C602FF2C8CF4");
    /** DIRECT TRACE, flags 1 → 2-byte hop hashes AABB, CCDD; tag 0x01020304, auth 0x0D0C0B0A. */
    public static final Bytes ORACLE_TRACE_2BYTE = Bytes.fromHex("260130040302010A0B0C0D01AABBCCDD");
    /** DIRECT CONTROL DISCOVER_REQ, filter 0x04, tag 0x04030201, since 0. */
    public static final Bytes ORACLE_DISCOVER_REQ = Bytes.fromHex("2E0080040102030400000000");
    /** A chat advert made with B's key ("OracleNode"), verified by meshcore-decoder and meshcore.js. */
    public static final Bytes ORACLE_CHAT_ADVERT = Bytes.fromHex(
            "11004852b69364572b52efa1b6bb3e6d0abed4f389a1cbfbb60a9bba2cce649caf0e6ce7cf688d1e41ab752400d7"
            + "bf742d41d53b35990463621dffc3951aaed79ef52a17ebf1a49ff0912d1c0c5c5455ce52a9ce25dbc7f563fac9b9"
            + "d69d3965d8394043bc0291a076d50238c5b8f84f7261636c654e6f6465");
    /** A Public-channel GRP_TXT "OracleNode: hello mesh", ts 1758455660. */
    public static final Bytes ORACLE_GRP_TXT = Bytes.fromHex(
            "150011721adc18a637087aee1686f052d61e3291bbb2a57bc68a0807025df4f8332003814d");

    /** Every valid packet above, for round-trip and mutation tests. */
    public static List<Bytes> validPackets() {
        return List.of(R1_ADVERT, R2_GRP_TXT, R3_GRP_TXT_3BYTE_PATH, R4_GRP_TXT_2BYTE_MODE, R5_TRANSPORT_FLOOD,
                R6_REQ, R6_RESPONSE, R6_ANON_REQ, R6_TXT_MSG, R6_ACK, R6_TRACE, R6_DISCOVER_RESP,
                V1_ROOM_ADVERT, V2_LOGIN, V2_LOGIN_AFTER_TWO_HOPS, V3_PATH_RETURN, V3B_RECIPROCAL_PATH, V4_POST,
                V5_ACK, V6_PUSH, V7_GRP_TXT, V8_GET_STATUS, V9_TRANSPORT_FLOOD,
                ORACLE_ACK_2BYTE_HOP, ORACLE_PATH_5_HOPS, ORACLE_TRACE_2BYTE, ORACLE_DISCOVER_REQ,
                ORACLE_CHAT_ADVERT, ORACLE_GRP_TXT);
    }

    /** Every known plaintext above, for content decoders. */
    public static List<Bytes> plaintexts() {
        return List.of(R2_PLAINTEXT, V2_PLAINTEXT, V3_PLAINTEXT, V3B_PLAINTEXT, V4_PLAINTEXT, V6_PLAINTEXT,
                V7_PLAINTEXT, V8_PLAINTEXT);
    }
}
