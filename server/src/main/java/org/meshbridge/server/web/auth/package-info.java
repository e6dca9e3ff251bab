/**
 * Authentication over HTTP: the login, logout and {@code /me} endpoints, admin user management,
 * and {@link org.meshbridge.server.web.auth.Authenticator}, which turns a handler into a route
 * that only answers a valid {@code Authorization: Bearer} token (401), an admin (403), and runs
 * it on a worker thread that may block.
 */
package org.meshbridge.server.web.auth;
