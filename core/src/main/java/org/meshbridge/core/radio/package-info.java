/**
 * The radio port: {@link org.meshbridge.core.radio.RadioLink} is what the node engine sends and
 * hears packets through. Adapters (KISS modem, companion radio in raw mode, remote gateways, the
 * simulated mesh) implement it; every transmission reaches it through the airtime scheduler.
 */
package org.meshbridge.core.radio;
