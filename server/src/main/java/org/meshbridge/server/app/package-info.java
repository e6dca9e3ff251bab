/**
 * The composition root: the only package that knows every other one. It builds what a run needs
 * (today: the HTTP listener of the demo), prints the banner, and stops everything on shutdown.
 */
package org.meshbridge.server.app;
