package de.auditbot.channel.matrix;

import static de.auditbot.channel.matrix.MatrixBot.USER;
import static de.auditbot.channel.matrix.MatrixBot.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * An end-to-end encrypted room, as Element creates them: a team member with her own Trixnity
 * client (real Olm and Megolm) writes encrypted, the bot decrypts and answers encrypted, and she
 * decrypts the answer. The homeserver stand-in only relays keys and ciphertext.
 */
class EncryptedRoomIntegrationTests extends AgainstOneDeployment {

    static final String ALICE = "@alice:localhost";

    static TeamMemberClient alice;

    @BeforeAll
    static void start() throws Exception {
        homeserver.account(ALICE, "ALICEPHONE", "alice-token");
        alice = TeamMemberClient.start(homeserver.url(), "alice-token");
    }

    @AfterAll
    static void stop() {
        if (alice != null) {
            alice.close();
        }
    }

    @Test
    void theBotReadsAnEncryptedMessageAndAnswersEncrypted() {
        String room = homeserver.createRoom(ALICE, true);
        homeserver.invite(room, ALICE, USER);
        eventually("Alice decrypts the bot's introduction", 30_000, () -> alice.getReceived().stream()
                .anyMatch(m -> m.getSender().equals(USER) && m.getBody().startsWith("Hallo, ich bin auditbot")));

        alice.sendText(room, "Audit starten").join();
        eventually("Alice decrypts the first question", 30_000, () -> alice.getReceived().stream()
                .anyMatch(m -> m.getSender().equals(USER) && m.getBody().contains("Frage 1 von")));

        ReceivedMessage question = alice.getReceived().stream().filter(m -> m.getBody().contains("Frage 1 von"))
                .findFirst().orElseThrow();
        assertThat(question.getEncrypted()).isTrue();
        assertThat(question.getMsgtype()).isEqualTo("m.notice");
        assertThat(question.getFormattedBody()).contains("<ol><li>Ja</li>");
        assertThat(homeserver.messagesFrom(null, room)).as("only ciphertext in the room")
                .extracting(e -> e.path("type").asString()).containsOnly("m.room.encrypted");
    }

    @Test
    void theResultChartIsUploadedEncryptedAndOnlyTheTeamCanOpenIt() throws Exception {
        long introductions = introductions();
        String room = homeserver.createRoom(ALICE, true);
        homeserver.invite(room, ALICE, USER);
        eventually("Alice decrypts the bot's introduction", 30_000, () -> introductions() > introductions);
        for (String text : new String[] {"Audit starten", "ja", "Ergebnis"}) {
            int before = fromBot(room);
            alice.sendText(room, text).join();
            eventually("the bot answers '" + text + "'", 30_000, () -> fromBot(room) > before);
        }
        eventually("Alice decrypts the radar chart", 30_000, () -> alice.getImages().stream()
                .anyMatch(i -> i.getSender().equals(USER)));
        ReceivedImage image = alice.getImages().stream().filter(i -> i.getSender().equals(USER)).findFirst()
                .orElseThrow();
        assertThat(image.getEncrypted()).isTrue();
        assertThat(image.getUrl()).as("no plain url in an encrypted room").isNull();
        assertThat(image.getBody()).startsWith("Stand je Kategorie (%): ");
        StandInMedia.Upload upload = homeserver.media.upload(image.getFileUrl()).orElseThrow();
        assertThat(upload.contentType()).isEqualTo("application/octet-stream");
        assertThat(Arrays.copyOf(upload.bytes(), 8)).as("the homeserver holds ciphertext only")
                .isNotEqualTo(MatrixChannelIntegrationTests.PNG_SIGNATURE);
        assertThat(Base64.getEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(upload.bytes()))).isEqualTo(image.getSha256());
        Cipher aes = Cipher.getInstance("AES/CTR/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(Base64.getUrlDecoder().decode(image.getKey()), "AES"),
                new IvParameterSpec(Base64.getDecoder().decode(padded(image.getInitialisationVector()))));
        assertThat(aes.doFinal(upload.bytes())).startsWith(MatrixChannelIntegrationTests.PNG_SIGNATURE);
        assertThat(homeserver.messagesFrom(null, room)).extracting(e -> e.path("type").asString())
                .containsOnly("m.room.encrypted");
    }

    private static int fromBot(String room) {
        return homeserver.messagesFrom(USER, room).size();
    }

    private static long introductions() {
        return alice.getReceived().stream()
                .filter(m -> m.getSender().equals(USER) && m.getBody().startsWith("Hallo, ich bin auditbot")).count();
    }

    private static String padded(String base64) {
        return base64 + "=".repeat((4 - base64.length() % 4) % 4);
    }

    @Test
    void aMessageTheBotCannotDecryptGetsANoticeAskingToResend() {
        String room = homeserver.createRoom(ALICE, true);
        homeserver.invite(room, ALICE, USER);
        eventually("the bot's introduction", 30_000, () -> !homeserver.messagesFrom(USER, room).isEmpty());

        ObjectNode garbage = StandInHomeserver.object().put("algorithm", "m.megolm.v1.aes-sha2")
                .put("sender_key", "c2VuZGVyIGtleSBvZiBubyBrbm93biBkZXZpY2U").put("device_id", "GONEDEVICE")
                .put("session_id", "bm8gc3VjaCBzZXNzaW9u").put("ciphertext", "AwgAEnBsYWluIG5vbnNlbnNl");
        homeserver.post(room, "m.room.encrypted", ALICE, garbage);
        eventually("Alice reads the notice", 30_000, () -> alice.getReceived().stream()
                .anyMatch(m -> m.getSender().equals(USER) && m.getBody().contains("nicht entschlüsseln")));
    }
}
