/**
 * Radio links over byte streams, the {@link org.meshbridge.core.radio.RadioLink} adapters for
 * real hardware: {@link org.meshbridge.server.radio.KissModemLink} (MeshCore KISS modem) and
 * {@link org.meshbridge.server.radio.CompanionRawLink} (stock companion radio in raw mode), each
 * over a serial port (jSerialComm) or TCP, as {@link org.meshbridge.server.radio.DeviceAddress}
 * names it. Each link owns its threads, reconnects by itself and reports its state.
 */
package org.meshbridge.server.radio;
