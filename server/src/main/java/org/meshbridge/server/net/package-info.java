/** Network values shared by the listeners and the config: listen addresses. */
package org.meshbridge.server.net;
