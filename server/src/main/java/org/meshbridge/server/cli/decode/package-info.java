/**
 * What {@code meshbridge decode} says about a packet. {@link org.meshbridge.server.cli.decode.PacketDescriber}
 * turns an on-air packet into a {@link org.meshbridge.server.cli.decode.Report} (ordered fields,
 * each with a JSON value and human text), which {@link org.meshbridge.server.cli.decode.ReportText}
 * and {@link org.meshbridge.server.cli.decode.ReportJson} render. No I/O here.
 */
package org.meshbridge.server.cli.decode;
