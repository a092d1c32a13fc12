package io.hydrascope.model;

/** An IP address one account used and how many accounts (that one included) sent requests from it. */
public record SharedIp(String ip, long accounts) {
}
