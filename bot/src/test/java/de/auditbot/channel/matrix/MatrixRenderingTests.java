package de.auditbot.channel.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.conversation.Reply;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the channel reads and writes Matrix messages without a homeserver: escaping, numbered quick
 * replies, and who a group-room message is for.
 */
class MatrixRenderingTests {

    static final String BOT = "@auditbot:example.org";

    @Test
    void everyPieceOfTextIsEscapedInTheHtml() {
        Reply reply = new Reply("Sie schrieben: <script>alert('x')</script> & \"mehr\"", List.of("<b>Ja</b>", "Nein"), null);
        OutboundNotice notice = new ReplyRenderer(null).render(reply, "!r:example.org", null, null, "de");
        assertThat(notice.html()).doesNotContain("<script>", "<b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;mehr&quot;", "<li>&lt;b&gt;Ja&lt;/b&gt;</li>");
        assertThat(notice.body()).endsWith("\n\n1. <b>Ja</b>\n2. Nein");
    }

    @Test
    void aNumberStandsForTheQuickReplyWithThatNumber() {
        List<String> offered = List.of("Ja", "Teilweise", "Nein");
        assertThat(QuickReplyNumbers.resolve("2", offered)).isEqualTo("Teilweise");
        assertThat(QuickReplyNumbers.resolve(" 3. ", offered)).isEqualTo("Nein");
        assertThat(QuickReplyNumbers.resolve("4", offered)).isEqualTo("4");
        assertThat(QuickReplyNumbers.resolve("ja", offered)).isEqualTo("ja");
    }

    @Test
    void aGroupMessageIsForTheBotWithThePrefixOrAMention() {
        Addressing addressing = new Addressing("!audit");
        assertThat(addressing.explicit(message("!audit Audit starten", false), BOT)).contains("Audit starten");
        assertThat(addressing.explicit(message("!AUDIT", false), BOT)).contains("");
        assertThat(addressing.explicit(message("!auditing is fun", false), BOT)).isEmpty();
        assertThat(addressing.explicit(message("auditbot: hilfe", false), BOT)).contains("hilfe");
        assertThat(addressing.explicit(message("@auditbot:example.org status", false), BOT)).contains("status");
        assertThat(addressing.explicit(message("Bot, ergebnis", true), BOT)).contains("Bot, ergebnis");
        assertThat(addressing.explicit(message("Wer holt Kaffee?", false), BOT)).isEmpty();
    }

    @Test
    void invitesAreAcceptedFromTheOwnServerAndNamedUsersOnly() {
        MatrixProperties properties = new MatrixProperties(true, "https://hs", BOT, "t", List.of(),
                List.of("@coach:partner.example"), "!audit", null, null, null, null);
        InvitePolicy policy = new InvitePolicy(properties);
        assertThat(policy.allows("@alice:example.org")).isTrue();
        assertThat(policy.allows("@coach:partner.example")).isTrue();
        assertThat(policy.allows("@mallory:evil.example")).isFalse();
        assertThat(policy.allows("@mallory:example.org.evil.example")).isFalse();
    }

    private static RoomMessage message(String body, boolean mentions) {
        return new RoomMessage("!r:example.org", "$e", "@alice:example.org", Instant.now(), body, null, mentions,
                false, false);
    }
}
