/** JMH benchmarks and load generators; see docs/performance.md for how to run them. */
package org.meshbridge.bench;
