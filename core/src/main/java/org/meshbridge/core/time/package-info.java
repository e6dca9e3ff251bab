/**
 * Time and randomness for the single-writer core.
 *
 * <p>Everything in core reads the clock and schedules work only through the {@link
 * org.meshbridge.core.time.Scheduler} port, so the node runs on one thread and tests run it on a
 * virtual clock ({@code ManualScheduler} in the core test-jar). Core never calls
 * {@code Instant.now()}, {@code System.currentTimeMillis()} or {@code Thread.sleep}; only {@link
 * org.meshbridge.core.time.EventLoopScheduler}, the real adapter, reads the system clock, and only
 * through the {@link java.time.Clock} it is given.
 *
 * <p>Randomness follows the same rule: a component that needs jitter takes a {@link
 * java.util.random.RandomGenerator} in its constructor. The composition root passes a generator
 * seeded from the system; tests pass {@code new SplittableRandom(seed)} and print the seed when they
 * fail. Core never creates an unseeded {@code Random}. {@link org.meshbridge.core.time.Jitter}
 * draws the firmware-style whole-millisecond delays from such a generator.
 */
package org.meshbridge.core.time;
