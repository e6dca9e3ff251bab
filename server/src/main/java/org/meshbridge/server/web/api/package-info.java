/**
 * The REST resources under {@code /api/v1} (rooms and posts, nodes, direct messages, admin
 * status) and their OpenAPI document. Each resource turns HTTP into calls on a core service or a
 * small port ({@link org.meshbridge.server.web.api.NodeDirectory},
 * {@link org.meshbridge.server.web.api.DirectMessages}, {@link org.meshbridge.server.web.api.LiveEvents},
 * {@link org.meshbridge.server.web.api.DmStore}, which the store implements) that the composition root fills in; who is calling comes from an
 * {@link org.meshbridge.server.web.api.Authenticator}.
 */
package org.meshbridge.server.web.api;
