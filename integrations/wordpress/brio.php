<?php
/**
 * Plugin Name:       Brio
 * Description:       Checks posts in the block editor against your brand's tone of voice, each platform's rules and hollow hashtags, in the browser, and blocks publishing on an error.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       brio
 *
 * The checks run in the writer's browser (WebAssembly in a worker): no text leaves the site.
 * This file registers the settings (the brand profile, the platform, the locale), the settings
 * page that validates them, and the block-editor script, built into build/ with its
 * dependencies on WordPress's own scripts listed in build/*.asset.php.
 */

defined( 'ABSPATH' ) || exit;

const BRIO_OPTION = 'brio_settings';

// The platforms and locales the checker knows (Checker.platforms(); a test keeps this list
// equal to it).
const BRIO_PLATFORMS = array(
	'x'         => 'X',
	'mastodon'  => 'Mastodon',
	'bluesky'   => 'Bluesky',
	'threads'   => 'Threads',
	'linkedin'  => 'LinkedIn',
	'instagram' => 'Instagram',
	'facebook'  => 'Facebook',
);
const BRIO_LOCALES = array(
	'auto' => 'Detect each post’s language',
	'fr'   => 'French',
	'en'   => 'English',
);

// A brand profile is a page of TOML; this bounds what the option and every editor page carry.
const BRIO_PROFILE_MAX_BYTES = 262144;

/** The stored settings, with defaults for what is missing. */
function brio_settings() {
	$stored = get_option( BRIO_OPTION, array() );
	return array_merge(
		array(
			'platform' => 'x',
			'locale'   => 'auto',
			'profile'  => '',
		),
		is_array( $stored ) ? $stored : array()
	);
}

/**
 * Sanitises the settings form. The profile itself is validated by the checker, in the settings
 * page's script (PHP cannot run it); here it is only bounded and kept as the text it is.
 * Anything refused keeps the stored value, with an error saying why.
 */
function brio_sanitize_settings( $input ) {
	$previous = brio_settings();
	$input    = is_array( $input ) ? $input : array();
	$out      = $previous;

	$platform = isset( $input['platform'] ) ? (string) $input['platform'] : '';
	if ( isset( BRIO_PLATFORMS[ $platform ] ) ) {
		$out['platform'] = $platform;
	} else {
		add_settings_error( BRIO_OPTION, 'brio-platform', __( 'Unknown platform: the previous one is kept.', 'brio' ) );
	}

	$locale = isset( $input['locale'] ) ? (string) $input['locale'] : '';
	if ( isset( BRIO_LOCALES[ $locale ] ) ) {
		$out['locale'] = $locale;
	} else {
		add_settings_error( BRIO_OPTION, 'brio-locale', __( 'Unknown locale: the previous one is kept.', 'brio' ) );
	}

	$profile = isset( $input['profile'] ) ? (string) $input['profile'] : '';
	$profile = str_replace( "\r\n", "\n", $profile );
	if ( strlen( $profile ) > BRIO_PROFILE_MAX_BYTES ) {
		add_settings_error( BRIO_OPTION, 'brio-profile-size', sprintf( __( 'The profile is larger than %d KB: the previous one is kept.', 'brio' ), BRIO_PROFILE_MAX_BYTES / 1024 ) );
	} elseif ( '' !== $profile && '' === wp_check_invalid_utf8( $profile ) ) {
		add_settings_error( BRIO_OPTION, 'brio-profile-utf8', __( 'The profile is not valid UTF-8: the previous one is kept.', 'brio' ) );
	} else {
		$out['profile'] = $profile;
	}
	return $out;
}

add_action(
	'admin_init',
	function () {
		register_setting(
			'brio',
			BRIO_OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => 'brio_sanitize_settings',
			)
		);
	}
);

add_action(
	'admin_menu',
	function () {
		add_options_page( 'Brio', 'Brio', 'manage_options', 'brio', 'brio_render_settings' );
	}
);

add_filter(
	'plugin_action_links_' . plugin_basename( __FILE__ ),
	function ( $links ) {
		$url = admin_url( 'options-general.php?page=brio' );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'brio' ) . '</a>' );
		return $links;
	}
);

/** Registers a script built into build/ with the dependencies its build found. */
function brio_register_script( $handle, $name ) {
	$asset_file = __DIR__ . "/build/{$name}.asset.php";
	if ( ! is_readable( $asset_file ) ) {
		return false;
	}
	$asset = require $asset_file;
	return wp_register_script( $handle, plugins_url( "build/{$name}.js", __FILE__ ), $asset['dependencies'], $asset['version'], true );
}

function brio_render_settings() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = brio_settings();
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Brio', 'brio' ); ?></h1>
		<p><?php esc_html_e( 'Brio checks each post in the block editor against your brand profile and the platform’s rules, in the writer’s browser. An error blocks publishing.', 'brio' ); ?></p>
		<form id="brio-settings" method="post" action="options.php" novalidate>
			<?php settings_fields( 'brio' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="brio-platform"><?php esc_html_e( 'Platform', 'brio' ); ?></label></th>
					<td>
						<select id="brio-platform" name="<?php echo esc_attr( BRIO_OPTION ); ?>[platform]">
							<?php foreach ( BRIO_PLATFORMS as $id => $name ) : ?>
								<option value="<?php echo esc_attr( $id ); ?>" <?php selected( $settings['platform'], $id ); ?>><?php echo esc_html( $name ); ?></option>
							<?php endforeach; ?>
						</select>
						<p class="description"><?php esc_html_e( 'Whose length limit and rules the posts are checked against.', 'brio' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="brio-locale"><?php esc_html_e( 'Language', 'brio' ); ?></label></th>
					<td>
						<select id="brio-locale" name="<?php echo esc_attr( BRIO_OPTION ); ?>[locale]">
							<?php foreach ( BRIO_LOCALES as $id => $name ) : ?>
								<option value="<?php echo esc_attr( $id ); ?>" <?php selected( $settings['locale'], $id ); ?>><?php echo esc_html( $name ); ?></option>
							<?php endforeach; ?>
						</select>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="brio-profile"><?php esc_html_e( 'Brand profile', 'brio' ); ?></label></th>
					<td>
						<textarea id="brio-profile" class="large-text code" rows="16" spellcheck="false" name="<?php echo esc_attr( BRIO_OPTION ); ?>[profile]"><?php echo esc_textarea( $settings['profile'] ); ?></textarea>
						<p class="description"><?php esc_html_e( 'TOML, or JSON starting with “{”: voice, rule levels, terminology, hashtags, custom patterns. Empty: the default rules.', 'brio' ); ?></p>
						<div id="brio-profile-status" role="status" aria-live="polite" hidden></div>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}

add_action(
	'admin_enqueue_scripts',
	function ( $hook ) {
		if ( 'settings_page_brio' === $hook && brio_register_script( 'brio-settings', 'settings' ) ) {
			wp_enqueue_script( 'brio-settings' );
		}
	}
);

/** Whether this is the block editor of a post or page (not the site or widgets editors). */
function brio_is_post_editor() {
	$screen = is_admin() && function_exists( 'get_current_screen' ) ? get_current_screen() : null;
	return $screen && 'post' === $screen->base && $screen->is_block_editor();
}

// The hints' underlines and the panels' spacing. On `enqueue_block_assets`, so that WordPress
// also puts it in the editor's canvas where that is an iframe.
add_action(
	'enqueue_block_assets',
	function () {
		if ( brio_is_post_editor() && is_readable( __DIR__ . '/build/editor.css' ) ) {
			wp_enqueue_style( 'brio-editor', plugins_url( 'build/editor.css', __FILE__ ), array(), (string) filemtime( __DIR__ . '/build/editor.css' ) );
		}
	}
);

// The block editor of posts and pages: the site and widgets editors have no pre-publish checks.
add_action(
	'enqueue_block_editor_assets',
	function () {
		if ( ! brio_is_post_editor() || ! brio_register_script( 'brio-editor', 'editor' ) ) {
			return;
		}
		$settings = brio_settings();
		$data     = array(
			'platform' => $settings['platform'],
			'locale'   => $settings['locale'],
			'profile'  => $settings['profile'],
		);
		wp_add_inline_script( 'brio-editor', 'window.brioSettings = ' . wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
		wp_enqueue_script( 'brio-editor' );
	}
);
