package org.meshbridge.server.companion;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.Optional;
import org.meshbridge.core.companion.VirtualCompanion;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.companion.CompanionCommand;
import org.meshbridge.protocol.companion.CompanionFrameDeframer;
import org.meshbridge.protocol.companion.CompanionFrameWriter;
import org.meshbridge.protocol.companion.CompanionReply;
import org.meshbridge.protocol.companion.Err;
import org.meshbridge.protocol.companion.ErrorCode;
import org.meshbridge.server.net.RateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Netty end of one app connection: cuts the byte stream into frames the way the firmware's TCP
 * server does, decodes each command and hands it to the {@link CompanionConnection} on the scheduler
 * thread, and writes replies with their {@code '>'} header. Stricter than the firmware, which skips
 * what it cannot read: a frame with a bad header, an oversized one (over 176 bytes) or one too short
 * for its command closes the connection (the last after an ERR reply), and so does an app that stops
 * reading while replies pile up. Bytes never leave this class as a {@link ByteBuf}.
 */
final class CompanionFrameHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(CompanionFrameHandler.class);

    private final Scheduler scheduler;
    private final VirtualCompanion companion;
    private final CompanionDevice device;
    private final CompanionFrameDeframer deframer = CompanionFrameDeframer.deviceEnd();
    private CompanionConnection connection;
    private boolean closing;

    private final Optional<RateLimiter> sends;

    CompanionFrameHandler(Scheduler scheduler, VirtualCompanion companion, CompanionDevice device,
                          Optional<RateLimiter> sends) {
        this.sends = sends;
        this.scheduler = scheduler;
        this.companion = companion;
        this.device = device;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        Channel channel = ctx.channel();
        connection = new CompanionConnection(companion, device, reply -> write(channel, reply), sends);
        CompanionConnection c = connection;
        scheduler.execute(c::open);
        LOG.info("companion app connected from {} as account {}", channel.remoteAddress(), companion.account());
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf buf = (ByteBuf) msg;
        Bytes chunk;
        try {
            byte[] data = new byte[buf.readableBytes()];
            buf.readBytes(data);
            chunk = Bytes.of(data);
        } finally {
            buf.release();
        }
        if (closing) {
            return;
        }
        deframer.feed(chunk, frame -> command(ctx, frame));
        if (deframer.droppedFrames() > 0 && !closing) {
            closeWith(ctx, null, "a frame with a bad header or over 176 bytes");
        }
    }

    private void command(ChannelHandlerContext ctx, Bytes frame) {
        if (closing) {
            return;
        }
        CompanionCommand command;
        try {
            command = CompanionCommand.decode(frame);
        } catch (MalformedFrameException malformed) {
            closeWith(ctx, new Err(ErrorCode.UNSUPPORTED_CMD.code()), malformed.getMessage());
            return;
        }
        CompanionConnection c = connection;
        scheduler.execute(() -> c.onCommand(command));
    }

    private void closeWith(ChannelHandlerContext ctx, CompanionReply last, String why) {
        closing = true;
        LOG.info("closing companion connection from {}: {}", ctx.channel().remoteAddress(), why);
        if (last != null) {
            ctx.writeAndFlush(Unpooled.wrappedBuffer(CompanionFrameWriter.frame(last).toArray()))
                    .addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.close();
        }
    }

    private static void write(Channel channel, CompanionReply reply) {
        if (!channel.isActive()) {
            return;
        }
        if (!channel.isWritable()) {
            LOG.info("closing companion connection from {}: it stopped reading", channel.remoteAddress());
            channel.close();
            return;
        }
        channel.writeAndFlush(Unpooled.wrappedBuffer(CompanionFrameWriter.frame(reply).toArray()));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        CompanionConnection c = connection;
        if (c != null) {
            scheduler.execute(c::close);
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof io.netty.handler.timeout.ReadTimeoutException) {
            LOG.info("closing companion connection from {}: idle (nothing read within companion.idle_timeout)",
                    ctx.channel().remoteAddress());
        }
        LOG.debug("companion connection from {} failed", ctx.channel().remoteAddress(), cause);
        ctx.close();
    }
}
