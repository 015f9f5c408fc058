package org.supplierportal.cluster;

/**
 * Who this node is, for the locks it holds and for the people who read the Integration screen and the logs: the
 * configured name, or the host name with a few random characters so that two starts on one host (or two containers
 * with one host name) are never the same node.
 */
public record NodeIdentity(String id) {

    public NodeIdentity {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a node needs an id");
        }
    }
}
