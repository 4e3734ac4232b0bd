#!/usr/bin/env bash
# A real WordPress on loopback for the website channel's integration tests.
#
#   .ci/wordpress.sh          install (if needed), start (if not running), write .ci/wordpress.env
#   .ci/wordpress.sh stop     stop the processes this script started and remove its data folder
#
# Installs Debian's wordpress, mariadb-server, php-cli and php-mysql (needs root the first time), starts
# MariaDB on a data folder of its own, configures WordPress the Debian way (/etc/wordpress/config-127.0.0.1.php),
# installs the site with wp_install(), creates application passwords, serves it with `php -S` and writes
# `export` lines for the tests:
#   CCHC_TEST_WORDPRESS_URL, CCHC_TEST_WORDPRESS_USER, CCHC_TEST_WORDPRESS_APP_PASSWORD (an Administrator),
#   CCHC_TEST_WORDPRESS_CONTRIBUTOR_USER, CCHC_TEST_WORDPRESS_CONTRIBUTOR_APP_PASSWORD (may not publish).
# Idempotent: when the site from an earlier run still answers with its credentials, it only rewrites the env
# file; otherwise it stops what it started before and builds everything again. Quiet unless something fails.
#
# Settings (environment): CCHC_WP_DIR (default /tmp/cchc-wordpress), CCHC_WP_PORT (default 18080),
# CCHC_WP_DB_PORT (default 13306), CCHC_WP_ENV_FILE (default .ci/wordpress.env).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${CCHC_WP_DIR:-/tmp/cchc-wordpress}"
WP_PORT="${CCHC_WP_PORT:-18080}"
DB_PORT="${CCHC_WP_DB_PORT:-13306}"
ENV_FILE="${CCHC_WP_ENV_FILE:-$ROOT/.ci/wordpress.env}"
HOST="127.0.0.1"
URL="http://$HOST:$WP_PORT"
WP_CORE="/usr/share/wordpress"
WP_CONFIG="/etc/wordpress/config-$HOST.php"
STATE="$DIR/credentials.env"
PACKAGES=(wordpress mariadb-server php-cli php-mysql curl)

die() {
    echo "wordpress.sh: error: $*" >&2
    exit 1
}

# Prints the last lines of a log file after a failure, so that CI output says why.
die_with_log() {
    local message="$1" log="$2"
    if [[ -f "$log" ]]; then
        echo "--- last lines of $log ---" >&2
        tail -n 30 "$log" >&2 || true
        echo "---" >&2
    fi
    die "$message"
}

random_secret() {
    head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n'
}

# Stops a process group recorded in a pid file (the servers run in sessions of their own, and php -S forks
# workers), only if its leader is still the program we started.
stop_pid_file() {
    local file="$1" expected="$2" pid
    [[ -f "$file" ]] || return 0
    pid="$(cat "$file")"
    if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && grep -qa "$expected" "/proc/$pid/cmdline" 2>/dev/null; then
        kill -TERM -- "-$pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 -- "-$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    rm -f "$file"
}

# Starts a command in a session of its own (it outlives this script); records the session leader's pid.
start_detached() {
    local pid_file="$1" log="$2"
    shift 2
    setsid sh -c 'echo $$ >"$0"; exec "$@"' "$pid_file" "$@" >"$log" 2>&1 </dev/null &
    wait_for 5 test -s "$pid_file" || die "could not start $1"
}

stop_all() {
    stop_pid_file "$DIR/php.pid" "php"
    stop_pid_file "$DIR/mariadb.pid" "mariadbd"
}

port_in_use() {
    (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null
}

# Waits until a command succeeds, up to $1 seconds.
wait_for() {
    local seconds="$1"
    shift
    for _ in $(seq $((seconds * 5))); do
        if "$@" >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.2
    done
    return 1
}

# True when the site from an earlier run answers with the credentials it was given.
site_healthy() {
    [[ -f "$STATE" ]] || return 1
    # shellcheck disable=SC1090
    source "$STATE"
    [[ "${CCHC_TEST_WORDPRESS_URL:-}" == "$URL" ]] || return 1
    curl -fsS --max-time 10 -u "$CCHC_TEST_WORDPRESS_USER:$CCHC_TEST_WORDPRESS_APP_PASSWORD" \
        "$URL/?rest_route=/wp/v2/users/me&context=edit" >/dev/null 2>&1
}

write_env_file() {
    mkdir -p "$(dirname "$ENV_FILE")"
    install -m 600 "$STATE" "$ENV_FILE.tmp"
    mv "$ENV_FILE.tmp" "$ENV_FILE"
}

install_packages() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    [[ $EUID -eq 0 ]] || die "packages missing (${missing[*]}): run this script as root once (it uses apt-get)."
    mkdir -p "$DIR"
    local log="$DIR/apt.log"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
        >"$log" 2>&1 || die_with_log "apt-get install ${missing[*]} failed" "$log"
}

start_mariadb() {
    local data="$DIR/mariadb" log="$DIR/mariadb.log" sock="$DIR/mariadb/mysql.sock"
    mariadb-install-db --no-defaults --datadir="$data" --user=root --auth-root-authentication-method=normal \
        >"$DIR/mariadb-install.log" 2>&1 || die_with_log "mariadb-install-db failed" "$DIR/mariadb-install.log"
    start_detached "$DIR/mariadb.pid" "$log" mariadbd --no-defaults --datadir="$data" --socket="$sock" --port="$DB_PORT" \
        --bind-address="$HOST" --user=root --skip-log-bin --pid-file="$data/mariadbd.pid"
    wait_for 60 mariadb --no-defaults -S "$sock" -uroot -e 'select 1' || die_with_log "MariaDB did not start on port $DB_PORT" "$log"
    mariadb --no-defaults -S "$sock" -uroot <<SQL || die "could not create the WordPress database"
CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'wp'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wp'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
}

configure_wordpress() {
    mkdir -p /etc/wordpress 2>/dev/null && [[ -w /etc/wordpress ]] \
        || die "cannot write $WP_CONFIG (Debian's WordPress reads its configuration there): run as root"
    mkdir -p "$DIR/wp-content/uploads"
    cp -r "$WP_CORE/wp-content/themes" "$DIR/wp-content/"
    cp -r "$WP_CORE/wp-content/plugins" "$DIR/wp-content/"
    cat >"$WP_CONFIG.tmp" <<PHP
<?php
// Generated by CchcPublisher .ci/wordpress.sh for the integration tests; safe to delete.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wp');
define('DB_PASSWORD', '$DB_PASSWORD');
define('DB_HOST', '$HOST:$DB_PORT');
define('DB_CHARSET', 'utf8mb4');
define('WP_CONTENT_DIR', '$DIR/wp-content');
define('WP_CONTENT_URL', '$URL/wp-content');
define('WP_HOME', '$URL');
define('WP_SITEURL', '$URL');
// Application passwords over plain HTTP are allowed only for the 'local' environment type.
define('WP_ENVIRONMENT_TYPE', 'local');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('AUTH_KEY', '$(random_secret)');
define('SECURE_AUTH_KEY', '$(random_secret)');
define('LOGGED_IN_KEY', '$(random_secret)');
define('NONCE_KEY', '$(random_secret)');
define('AUTH_SALT', '$(random_secret)');
define('SECURE_AUTH_SALT', '$(random_secret)');
define('LOGGED_IN_SALT', '$(random_secret)');
define('NONCE_SALT', '$(random_secret)');
PHP
    mv "$WP_CONFIG.tmp" "$WP_CONFIG"
}

install_site() {
    local script="$DIR/install.php" log="$DIR/install.log"
    cat >"$script" <<'PHP'
<?php
// Installs the site and prints shell assignments with the application passwords.
$_SERVER['HTTP_HOST'] = getenv('WP_INSTALL_HOST');
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

function fail($message) { fwrite(STDERR, $message . "\n"); exit(1); }

$result = wp_install('Xã Hòa An (CI)', 'admin', 'admin@example.invalid', false, '', getenv('WP_ADMIN_PASSWORD'));
if (empty($result['user_id'])) { fail('wp_install did not create the admin user'); }

// Pretty permalinks, so that /wp-json/ answers as well as ?rest_route= (php -S sends every path to index.php).
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%postname%/');
flush_rewrite_rules(false);

if (!wp_is_application_passwords_available()) { fail('application passwords unavailable (WP_ENVIRONMENT_TYPE not local?)'); }

$admin = WP_Application_Passwords::create_new_application_password($result['user_id'], ['name' => 'cchc-ci']);
if (is_wp_error($admin)) { fail('admin application password: ' . $admin->get_error_message()); }

$contributor_id = wp_insert_user([
    'user_login' => 'congtacvien',
    'user_pass' => wp_generate_password(24),
    'user_email' => 'congtacvien@example.invalid',
    'role' => 'contributor',
]);
if (is_wp_error($contributor_id)) { fail('contributor: ' . $contributor_id->get_error_message()); }
$contributor = WP_Application_Passwords::create_new_application_password($contributor_id, ['name' => 'cchc-ci']);
if (is_wp_error($contributor)) { fail('contributor application password: ' . $contributor->get_error_message()); }

echo 'ADMIN_APP_PASSWORD=' . $admin[0] . "\n";
echo 'CONTRIBUTOR_APP_PASSWORD=' . $contributor[0] . "\n";
PHP
    local output
    output="$(WP_INSTALL_HOST="$HOST:$WP_PORT" WP_ADMIN_PASSWORD="$(random_secret)" php "$script" 2>"$log")" \
        || die_with_log "WordPress installation failed" "$log"
    ADMIN_APP_PASSWORD="$(sed -n 's/^ADMIN_APP_PASSWORD=//p' <<<"$output")"
    CONTRIBUTOR_APP_PASSWORD="$(sed -n 's/^CONTRIBUTOR_APP_PASSWORD=//p' <<<"$output")"
    [[ ${#ADMIN_APP_PASSWORD} -eq 24 && ${#CONTRIBUTOR_APP_PASSWORD} -eq 24 ]] \
        || die_with_log "WordPress installation printed no application passwords" "$log"
}

start_php() {
    local log="$DIR/php.log"
    WP_ENVIRONMENT_TYPE=local PHP_CLI_SERVER_WORKERS=4 start_detached "$DIR/php.pid" "$log" \
        php -S "$HOST:$WP_PORT" -t "$WP_CORE"
    wait_for 30 curl -fsS --max-time 5 "$URL/wp-json/" || die_with_log "WordPress did not answer at $URL/wp-json/" "$log"
}

main() {
    if [[ "${1:-}" == "stop" ]]; then
        stop_all
        rm -rf "$DIR"
        rm -f "$ENV_FILE"
        return 0
    fi
    [[ $# -eq 0 ]] || die "unknown argument '$1' (use no argument, or 'stop')"

    install_packages
    if site_healthy; then
        write_env_file
        return 0
    fi

    stop_all
    [[ "$DIR" == /* && "$DIR" != "/" ]] || die "CCHC_WP_DIR must be an absolute folder, not '$DIR'"
    rm -rf "$DIR"
    mkdir -p "$DIR"
    port_in_use "$WP_PORT" && die "port $WP_PORT is taken by another program (set CCHC_WP_PORT)"
    port_in_use "$DB_PORT" && die "port $DB_PORT is taken by another program (set CCHC_WP_DB_PORT)"

    DB_PASSWORD="$(random_secret)"
    start_mariadb
    configure_wordpress
    install_site
    start_php

    cat >"$STATE" <<ENV
export CCHC_TEST_WORDPRESS_URL='$URL'
export CCHC_TEST_WORDPRESS_USER='admin'
export CCHC_TEST_WORDPRESS_APP_PASSWORD='$ADMIN_APP_PASSWORD'
export CCHC_TEST_WORDPRESS_CONTRIBUTOR_USER='congtacvien'
export CCHC_TEST_WORDPRESS_CONTRIBUTOR_APP_PASSWORD='$CONTRIBUTOR_APP_PASSWORD'
ENV
    chmod 600 "$STATE"
    site_healthy || die_with_log "WordPress answers but refuses the new application password" "$DIR/php.log"
    write_env_file
}

main "$@"
