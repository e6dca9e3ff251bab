package org.meshbridge.server.deploy;

/** A message as published on a topic, for {@link DeployFiles#telegrafProblems}. */
public record MqttMessage(String topic, String payload) {
}
