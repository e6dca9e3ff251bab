/**
 * The live fan-out benchmark (issue 5 item 6): {@link org.meshbridge.bench.fanout.FanoutBench}
 * connects thousands of WebSocket clients to a meshbridge server in another JVM, posts once and
 * times the delivery to every client; then does the same through a local Mosquitto as the
 * reference. {@code bench/run-ws-bench} runs it; docs/performance.md has the figures.
 */
package org.meshbridge.bench.fanout;
