/**
 * The HTTP adapter (Netty): {@link org.meshbridge.server.web.HttpServer} and its routes, with
 * JSON bodies and JSON errors. Netty types stay inside this package.
 */
package org.meshbridge.server.web;
