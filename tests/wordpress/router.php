<?php
// The router of `php -S` over Debian's WordPress (/usr/share/wordpress), for the tests only.
// It names the per-site config file Debian's wp-config.php loads (/etc/wordpress/config-NAME.php,
// through the WORDPRESS_CONFIG variable Debian reads, as an Apache SetEnv would), serves
// wp-content from the test's temporary folder, and runs WordPress's PHP files the way a web
// server would, with index.php for a folder and for any other path (permalinks).

$_SERVER['WORDPRESS_CONFIG'] = getenv( 'BRIO_WP_CONFIG' );
$root    = '/usr/share/wordpress';
$content = getenv( 'BRIO_WP_CONTENT' );
$path    = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( false !== strpos( $path, '..' ) ) {
	http_response_code( 400 );
	return true;
}

$types = array(
	'js'    => 'text/javascript',
	'css'   => 'text/css',
	'wasm'  => 'application/wasm',
	'json'  => 'application/json',
	'svg'   => 'image/svg+xml',
	'png'   => 'image/png',
	'woff2' => 'font/woff2',
);

if ( 0 === strpos( $path, '/wp-content/' ) ) {
	$file = $content . substr( $path, strlen( '/wp-content' ) );
	$ext  = strtolower( pathinfo( $file, PATHINFO_EXTENSION ) );
	if ( ! is_file( $file ) || 'php' === $ext ) {
		http_response_code( 404 );
		return true;
	}
	header( 'Content-Type: ' . ( $types[ $ext ] ?? 'application/octet-stream' ) );
	header( 'Content-Length: ' . filesize( $file ) );
	readfile( $file );
	return true;
}

$file = $root . $path;
if ( is_dir( $file ) ) {
	$file = rtrim( $file, '/' ) . '/index.php';
}
if ( is_file( $file ) && 'php' !== pathinfo( $file, PATHINFO_EXTENSION ) ) {
	return false; // a static file of WordPress's own: the built-in server sends it
}
if ( ! is_file( $file ) ) {
	$file = $root . '/index.php';
}
$script                     = substr( $file, strlen( $root ) );
$_SERVER['SCRIPT_FILENAME'] = $file;
$_SERVER['SCRIPT_NAME']     = $script;
$_SERVER['PHP_SELF']        = $script;
chdir( dirname( $file ) );
require $file;
