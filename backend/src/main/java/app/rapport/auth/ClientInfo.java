package app.rapport.auth;

import io.vertx.core.http.HttpServerRequest;

/** Where a log-in comes from (user agent, address), recorded on its session for "my sessions". */
public record ClientInfo(String userAgent, String ip) {

    static final int MAX_USER_AGENT = 300;

    public static ClientInfo of(HttpServerRequest request) {
        String agent = request.getHeader("User-Agent");
        if (agent != null) {
            agent = agent.replaceAll("\\p{Cntrl}", "").strip();
            agent = agent.isEmpty() ? null : agent.substring(0, Math.min(agent.length(), MAX_USER_AGENT));
        }
        String ip = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        if (ip != null && ip.length() > 45) {
            ip = null;
        }
        return new ClientInfo(agent, ip);
    }
}
