<?php
/**
 * Plugin Name: Facture impayée
 * Description: Le calculateur « Facture impayée » dans vos pages : ce que le client doit (pénalités, indemnité de 40 €), l'étape suivante et la lettre. Il fonctionne entièrement dans le navigateur du visiteur : rien n'est envoyé. Code court [facture_impayee] ou bloc « Facture impayée ».
 * Version: 0.1.0
 * Requires at least: 6.1
 * Requires PHP: 8.2
 * License: MIT OR Apache-2.0
 * Text Domain: facture-impayee
 *
 * @package facture-impayee
 */

defined( 'ABSPATH' ) || exit;

define( 'FACTURE_IMPAYEE_VERSION', '0.1.0' );
define( 'FACTURE_IMPAYEE_FILE', __FILE__ );
define( 'FACTURE_IMPAYEE_DIR', __DIR__ );

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/rates.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/admin.php';

add_action( 'init', 'facture_impayee_register' );

/**
 * The shortcode, the block and the app's script, registered once WordPress is loaded.
 */
function facture_impayee_register() {
	load_plugin_textdomain( 'facture-impayee', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	// embed.js, the one file a page loads: an ES module, from this plugin's own folder, with no
	// inline script (its options are the element's data attributes). No version in its address:
	// it is served « no-cache » (app/.htaccess) and names the app's versioned files itself.
	wp_register_script( 'facture-impayee', plugins_url( 'app/embed.js', __FILE__ ), array(), null, true );
	add_shortcode( 'facture_impayee', 'facture_impayee_shortcode' );
	register_block_type(
		__DIR__ . '/block',
		array( 'render_callback' => 'facture_impayee_block' )
	);
}

add_filter( 'script_loader_tag', 'facture_impayee_module_tag', 10, 2 );

/**
 * embed.js is a module: WordPress 6.1 prints classic scripts only.
 *
 * @param string $tag    The script tag WordPress wrote.
 * @param string $handle Its handle.
 * @return string
 */
function facture_impayee_module_tag( $tag, $handle ) {
	if ( 'facture-impayee' !== $handle ) {
		return $tag;
	}
	return str_replace( '<script ', '<script type="module" ', str_replace( " type='text/javascript'", '', $tag ) );
}
