package org.meshbridge.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meshbridge.protocol.bytes.Bytes;

class ChannelKeyTest {

    @Test
    void thePublicChannelIsThePresetPsk() {
        assertThat(ChannelKey.PUBLIC.secret()).isEqualTo(Bytes.fromHex("8b3387e9c5cdea6ac9e5edbaa115cd72"));
        assertThat(ChannelKey.PUBLIC.hash()).isEqualTo(0x11);
        assertThat(ChannelKey.PUBLIC.toBase64()).isEqualTo("izOH6cXN6mrJ5e26oRXNcg==");
        assertThat(ChannelKey.ofSecret("8b3387e9c5cdea6ac9e5edbaa115cd72")).isEqualTo(ChannelKey.PUBLIC);
    }

    @Test
    void hashtagChannelsMatchTheSpec() {
        ChannelKey test = ChannelKey.hashtag("#test");
        assertThat(test.secret()).isEqualTo(Bytes.fromHex("9cd8fcf22a47333b591d96a2b848b73f"));
        assertThat(test.hash()).isEqualTo(0xd9);
        ChannelKey bot = ChannelKey.hashtag("#bot");
        assertThat(bot.secret()).isEqualTo(Bytes.fromHex("eb50a1bcb3e4e5d7bf69a57c9dada211"));
        assertThat(bot.hash()).isEqualTo(0xca);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#test", "test", "Test", "#TEST", " #test "})
    void hashtagNamesAreNormalisedToLowerCaseWithOneHash(String name) {
        assertThat(ChannelKey.hashtagName(name)).isEqualTo("#test");
        assertThat(ChannelKey.hashtag(name).hash()).isEqualTo(0xd9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "#", "  ", " # "})
    void aHashtagNeedsAName(String name) {
        assertThatThrownBy(() -> ChannelKey.hashtag(name)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decryptsARealCaptureOnTheBotChannel() {
        // Spec §12.1 [R3]: 15 | 83 | path 3FA002 860CCA E0EED9 | channel hash CA | mac+ct
        Bytes packet = Bytes.fromHex("15833fa002860ccae0eed9ca78b9ab0775d477c1f6490a398bf4edc75240");
        ChannelKey bot = ChannelKey.hashtag("bot");
        assertThat(packet.get(11)).isEqualTo(bot.hash());
        Bytes plain = PayloadCipher.macThenDecrypt(bot.secret(), packet.slice(12, packet.size())).orElseThrow();
        assertThat(plain.slice(5, 16).utf8()).isEqualTo("Roy B V4: P");
    }

    @Test
    void a32ByteSecretIsHashedOverAll32BytesUnlessItsUpperHalfIsZero() {
        Bytes upperZero = ChannelKey.PUBLIC.secret().concat(Bytes.zeros(16));
        assertThat(ChannelKey.ofSecret(upperZero)).isEqualTo(ChannelKey.PUBLIC);
        assertThat(ChannelKey.ofSecret(upperZero).hash()).isEqualTo(0x11);

        Bytes wide = Bytes.fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        ChannelKey key = ChannelKey.ofSecret(wide);
        assertThat(key.secret()).isEqualTo(wide);
        assertThat(key.isCompanionCompatible()).isFalse();
        assertThat(key.hash()).isEqualTo(ChannelKey.sha256(wide).get(0)).isEqualTo(0x63);
        assertThat(key.firmwareBuffer()).isEqualTo(wide);
        assertThat(ChannelKey.PUBLIC.firmwareBuffer()).isEqualTo(upperZero);
        assertThat(ChannelKey.PUBLIC.isCompanionCompatible()).isTrue();
    }

    @Test
    void base64PsksOf16Or32BytesAreAccepted() {
        assertThat(ChannelKey.fromBase64("izOH6cXN6mrJ5e26oRXNcg==")).isEqualTo(ChannelKey.PUBLIC);
        Bytes wide = Bytes.fromHex("ff".repeat(32));
        assertThat(ChannelKey.fromBase64(ChannelKey.ofSecret(wide).toBase64()).secret()).isEqualTo(wide);
        assertThatThrownBy(() -> ChannelKey.fromBase64("izOH6cXN6mrJ5e26oRXN")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChannelKey.fromBase64("not base64!")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void secretSizesOtherThan16Or32AreRefused() {
        assertThatThrownBy(() -> ChannelKey.ofSecret(Bytes.zeros(15))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChannelKey.ofSecret(Bytes.zeros(17))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChannelKey.ofSecret(Bytes.zeros(33))).isInstanceOf(IllegalArgumentException.class);
        assertThat(ChannelKey.ofSecret(Bytes.zeros(32)).secret()).isEqualTo(Bytes.zeros(16));
    }

    @Test
    void toStringShowsTheHashOnly() {
        assertThat(ChannelKey.PUBLIC).hasToString("ChannelKey[hash=0x11]");
    }

    @Test
    void parsesAndWritesTheAddChannelLink() {
        String url = "meshcore://channel/add?name=Public&secret=8b3387e9c5cdea6ac9e5edbaa115cd72";
        ChannelLink link = ChannelLink.parse(url);
        assertThat(link).isEqualTo(new ChannelLink("Public", ChannelKey.PUBLIC, Optional.empty()));
        assertThat(link.toUrl()).isEqualTo(url);

        ChannelLink scoped = ChannelLink.parse("meshcore://channel/add?name=My+Group%21&secret="
                + "9CD8FCF22A47333B591D96A2B848B73F&region_scope=%23ottawa&future=1");
        assertThat(scoped.name()).isEqualTo("My Group!");
        assertThat(scoped.key()).isEqualTo(ChannelKey.hashtag("test"));
        assertThat(scoped.regionScope()).contains("#ottawa");
        assertThat(scoped.toUrl()).isEqualTo("meshcore://channel/add?name=My+Group%21&secret="
                + "9cd8fcf22a47333b591d96a2b848b73f&region_scope=%23ottawa");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "meshcore://contact/add?name=x&secret=8b3387e9c5cdea6ac9e5edbaa115cd72",
        "meshcore://channel/add?name=x",
        "meshcore://channel/add?secret=8b3387e9c5cdea6ac9e5edbaa115cd72",
        "meshcore://channel/add?name=x&secret=8b3387e9c5cdea6ac9e5edbaa115cd",
        "meshcore://channel/add?name=x&secret=8b3387e9c5cdea6ac9e5edbaa115cd7z",
        "meshcore://channel/add?name=x&name=y&secret=8b3387e9c5cdea6ac9e5edbaa115cd72",
        "meshcore://channel/add?name=%zz&secret=8b3387e9c5cdea6ac9e5edbaa115cd72",
    })
    void badLinksAreRefused(String url) {
        assertThatThrownBy(() -> ChannelLink.parse(url)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a32ByteKeyHasNoLinkForm() {
        ChannelKey wide = ChannelKey.ofSecret(Bytes.fromHex("ff".repeat(32)));
        assertThatThrownBy(() -> new ChannelLink("x", wide, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void linksRoundTrip(@ForAll String name, @ForAll @Size(16) byte[] secret) {
        ChannelLink link = new ChannelLink(name, ChannelKey.ofSecret(Bytes.of(secret)), Optional.of(name));
        assertThat(ChannelLink.parse(link.toUrl())).isEqualTo(link);
    }

    @Property
    void parsingArbitraryTextThrowsOnlyIllegalArgument(@ForAll("keyText") String text) {
        for (Runnable parse : new Runnable[] {
            () -> ChannelKey.ofSecret(text), () -> ChannelKey.fromBase64(text), () -> ChannelKey.hashtag(text),
            () -> ChannelLink.parse("meshcore://channel/add?" + text), () -> RegionKey.named(text)}) {
            try {
                parse.run();
            } catch (IllegalArgumentException expected) {
                // the documented failure
            }
        }
    }

    @Provide
    Arbitrary<String> keyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(80),
                Arbitraries.strings().withChars("0123456789abcdefABCDEF+/=&%#$ \n").ofMaxLength(70),
                Arbitraries.strings().withChars("0123456789abcdef=&%").ofMaxLength(20)
                        .map(s -> "name=" + s + "&secret=8b3387e9c5cdea6ac9e5edbaa115cd72"));
    }
}
