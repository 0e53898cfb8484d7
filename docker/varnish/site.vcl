# The deployment's part of dateline.vcl (included by it): where Dateline is, and who may purge.
# This one is for docker/compose.yaml; write your own beside your dateline.vcl (varnishd -p vcl_path).

# Dateline: one server here; in production the balancer in front of the servers (HAProxy), whose own
# /health/ready fails only when no server is ready.
backend dateline {
    .host = "app";
    .port = "8080";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .probe = {
        .url = "/health/ready";
        .interval = 2s;
        .timeout = 1s;
        .window = 5;
        .threshold = 3;
    }
}

# The addresses the Dateline servers send their purges from: the compose network.
acl purgers {
    "127.0.0.1";
    "::1";
    "172.30.57.0"/24;
}
