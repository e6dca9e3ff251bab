/**
 * The simulated mesh: a deterministic LoRa medium and firmware-like peers, in main code because the
 * demo runs on it.
 *
 * <ul>
 *   <li>{@link org.meshbridge.core.radio.sim.SimulatedAir}: who hears whom, time-on-air, half
 *       duplex, collisions (with a documented capture rule) and seeded loss, on a
 *       {@link org.meshbridge.core.time.Scheduler}, with {@link org.meshbridge.core.radio.sim.AirCounters}.</li>
 *   <li>{@link org.meshbridge.core.radio.sim.SimulatedRadioLink}: the
 *       {@link org.meshbridge.core.radio.RadioLink} the bridge's node plugs into.</li>
 *   <li>{@link org.meshbridge.core.radio.sim.SimRepeater} and
 *       {@link org.meshbridge.core.radio.sim.SimCompanion}: small, independent implementations of
 *       {@code simple_repeater} and a phone on {@code companion_radio}, on the protocol library.</li>
 *   <li>{@link org.meshbridge.core.radio.sim.DemoMesh}: the preset the demo starts.</li>
 * </ul>
 *
 * Everything runs on the air's scheduler thread; every random choice comes from a generator the
 * caller seeds, so a run is reproducible from its seed.
 */
package org.meshbridge.core.radio.sim;
