package de.auditbot.channel.matrix;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import de.auditbot.conversation.ConversationService;
import de.auditbot.conversation.InboundMessage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;

/**
 * Test configuration, given to one bot explicitly (deliberately not a {@code @Configuration}, so
 * that component scanning leaves every other bot alone), that holds up the turn of the one message whose text is {@link #TEXT}: its
 * handling stops inside the conversation core, before or after the turn's write, until the test
 * lets it go, so that the instance can "die" between taking on a message and answering it.
 */
class TurnsHeldOnce {

    static final String TEXT = "nein";
    /** Whether the turn is held before its write (else after it). */
    static volatile boolean beforeWrite = true;
    static volatile CountDownLatch reached = new CountDownLatch(1);
    static volatile CountDownLatch released = new CountDownLatch(1);

    static void reset(boolean heldBeforeWrite) {
        beforeWrite = heldBeforeWrite;
        reached = new CountDownLatch(1);
        released = new CountDownLatch(1);
    }

    @Bean
    static BeanPostProcessor holdingConversationService() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof ConversationService service)) {
                    return bean;
                }
                ConversationService held = spy(service);
                doAnswer(call -> {
                    InboundMessage message = call.getArgument(0);
                    boolean hold = TEXT.equals(message.text()) && reached.getCount() > 0;
                    if (hold && beforeWrite) {
                        holdUp();
                    }
                    Object turn = call.callRealMethod();
                    if (hold && !beforeWrite) {
                        holdUp();
                    }
                    return turn;
                }).when(held).handle(any());
                return held;
            }
        };
    }

    private static void holdUp() throws InterruptedException {
        reached.countDown();
        released.await(5, TimeUnit.MINUTES);
    }
}
