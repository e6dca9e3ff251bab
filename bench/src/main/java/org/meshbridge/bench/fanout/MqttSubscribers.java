package org.meshbridge.bench.fanout;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttEncoder;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttVersion;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The reference side: many MQTT 3.1.1 clients of a broker, each subscribed at QoS 0 to one topic,
 * written with Netty's MQTT codec so that the generator stays as light as on the WebSocket side;
 * and one more client that publishes.
 */
final class MqttSubscribers implements AutoCloseable {

    private final EventLoopGroup group;
    private final InetSocketAddress broker;
    private final String topic;
    private final Arrivals arrivals;
    private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final AtomicInteger subscribed = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private Channel publisher;

    MqttSubscribers(EventLoopGroup group, InetSocketAddress broker, String topic, Arrivals arrivals) {
        this.group = group;
        this.broker = broker;
        this.topic = topic;
        this.arrivals = arrivals;
    }

    /** Connects and subscribes {@code count} clients ({@code inFlight} at a time) and the publisher. */
    void connect(int count, int inFlight) throws InterruptedException {
        Semaphore pending = new Semaphore(inFlight);
        for (int id = 0; id < count; id++) {
            pending.acquire();
            throwIfFailed();
            int client = id;
            bootstrap(new Subscriber(client, pending)).connect(broker).addListener(done -> {
                if (!done.isSuccess()) {
                    failure.compareAndSet(null, done.cause());
                    pending.release();
                }
            });
        }
        pending.acquire(inFlight);
        pending.release(inFlight);
        throwIfFailed();
        Semaphore connected = new Semaphore(0);
        publisher = bootstrap(new Publisher(connected)).connect(broker).sync().channel();
        if (!connected.tryAcquire(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the publisher got no CONNACK within 30 s");
        }
    }

    /** Publishes {@code text} at QoS 0 on the topic. */
    void publish(String text) {
        MqttPublishMessage message = MqttMessageBuilders.publish().topicName(topic).qos(MqttQoS.AT_MOST_ONCE)
                .retained(false).messageId(0)
                .payload(Unpooled.wrappedBuffer(text.getBytes(StandardCharsets.UTF_8))).build();
        publisher.writeAndFlush(message);
    }

    int subscribed() {
        return subscribed.get();
    }

    private Bootstrap bootstrap(SimpleChannelInboundHandler<MqttMessage> handler) {
        return new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new MqttDecoder(64 * 1024), MqttEncoder.INSTANCE, handler);
                    }
                });
    }

    private void throwIfFailed() {
        Throwable cause = failure.get();
        if (cause != null) {
            throw new IllegalStateException("an MQTT client failed after " + subscribed.get() + " subscribed: " + cause,
                    cause);
        }
    }

    @Override
    public void close() throws InterruptedException {
        channels.close().await(60, TimeUnit.SECONDS);
    }

    private static MqttMessage connectMessage(String clientId) {
        return MqttMessageBuilders.connect().clientId(clientId).protocolVersion(MqttVersion.MQTT_3_1_1)
                .cleanSession(true).keepAlive(0).build();
    }

    private static boolean accepted(MqttMessage message) {
        return message instanceof MqttConnAckMessage ack
                && ack.variableHeader().connectReturnCode() == MqttConnectReturnCode.CONNECTION_ACCEPTED;
    }

    /** One subscriber: CONNECT, SUBSCRIBE, then timed PUBLISHes. */
    private final class Subscriber extends SimpleChannelInboundHandler<MqttMessage> {

        private final int id;
        private final Semaphore pending;
        private boolean ready;

        Subscriber(int id, Semaphore pending) {
            this.id = id;
            this.pending = pending;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            channels.add(ctx.channel());
            ctx.writeAndFlush(connectMessage("bench-" + id));
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, MqttMessage message) {
            long now = System.nanoTime();
            MqttMessageType type = message.fixedHeader().messageType();
            if (type == MqttMessageType.PUBLISH) {
                arrivals.arrived(id, now, ByteBufUtil.getBytes(((MqttPublishMessage) message).content()));
            } else if (type == MqttMessageType.CONNACK) {
                if (!accepted(message)) {
                    fail(ctx, new IllegalStateException("broker refused the connection: " + message));
                    return;
                }
                ctx.writeAndFlush(MqttMessageBuilders.subscribe().messageId(1)
                        .addSubscription(MqttQoS.AT_MOST_ONCE, topic).build());
            } else if (type == MqttMessageType.SUBACK && !ready) {
                ready = true;
                subscribed.incrementAndGet();
                pending.release();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (!ready) {
                failure.compareAndSet(null, new IllegalStateException("closed before SUBACK"));
                pending.release();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            fail(ctx, cause);
        }

        private void fail(ChannelHandlerContext ctx, Throwable cause) {
            failure.compareAndSet(null, cause);
            ctx.close();
        }
    }

    /** The publishing client: CONNECT, then whatever {@link #publish} writes. */
    private final class Publisher extends SimpleChannelInboundHandler<MqttMessage> {

        private final Semaphore connected;

        Publisher(Semaphore connected) {
            this.connected = connected;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            channels.add(ctx.channel());
            ctx.writeAndFlush(connectMessage("bench-publisher"));
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, MqttMessage message) {
            if (accepted(message)) {
                connected.release();
            }
        }
    }
}
