/**
 * Virtual companions: each account's own presence on the mesh (DESIGN §1, "virtual companions"),
 * so that stock MeshCore apps and the web app can use the bridge as if it were their own companion
 * radio. A {@link org.meshbridge.core.companion.VirtualCompanion} is a local endpoint on the node
 * with the account's identity; it has one inbox that every connected
 * {@link org.meshbridge.core.companion.CompanionSession} of the account reads with its own cursor.
 * Everything here runs on the node's scheduler thread.
 */
package org.meshbridge.core.companion;
