<?php
/**
 * The widget's options: the site's defaults (Réglages › Facture impayée), and each shortcode's or
 * block's own, checked the same way. A shortcode is written by any author, contributors
 * included: every value is hostile until checked, and what fails its check is dropped, never
 * cut or repaired. The checks are those of static/embed.js and src/embed.rs.
 *
 * @package facture-impayee
 */

defined( 'ABSPATH' ) || exit;

/** The option that holds the site's defaults. */
const FACTURE_IMPAYEE_OPTION = 'facture_impayee_reglages';

/**
 * The options a widget takes, each empty by default (the app's own choice then).
 *
 * @return array<string,string>
 */
function facture_impayee_defaults() {
	return array(
		'accent'            => '',
		'accent_text'       => '',
		'font'              => '',
		'cta_label'         => '',
		'cta_url'           => '',
		'storage_namespace' => '',
	);
}

/**
 * Each option of `$raw` that passes its check; the others are left out.
 *
 * @param mixed $raw Anything: a shortcode's attributes, a block's, a settings form's.
 * @return array<string,string>
 */
function facture_impayee_clean( $raw ) {
	$raw   = is_array( $raw ) ? $raw : array();
	$clean = facture_impayee_defaults();
	$text  = function ( $key ) use ( $raw ) {
		return isset( $raw[ $key ] ) && is_scalar( $raw[ $key ] ) ? trim( (string) $raw[ $key ] ) : '';
	};
	foreach ( array( 'accent', 'accent_text' ) as $key ) {
		// #rgb or #rrggbb, as embed.js takes them: an alpha channel could hide a button.
		if ( preg_match( '/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/D', $text( $key ) ) ) {
			$clean[ $key ] = strtolower( $text( $key ) );
		}
	}
	if ( 'host' === $text( 'font' ) ) {
		$clean['font'] = 'host';
	}
	$label = sanitize_text_field( $text( 'cta_label' ) );
	$url   = $text( 'cta_url' );
	// A call to action is a label and an https address together, or nothing (src/embed.rs).
	if ( '' !== $label && mb_strlen( $label ) <= 120 && preg_match( '#^https://[^\s/?\#]#i', $url ) && strlen( $url ) <= 2000
		&& esc_url_raw( $url, array( 'https' ) ) === $url ) {
		$clean['cta_label'] = $label;
		$clean['cta_url']   = $url;
	}
	// The dossier's key in the visitor's browser: 1 to 40 letters, digits, - or _, not starting
	// with « dossier » (src/embed.rs).
	$namespace = $text( 'storage_namespace' );
	if ( preg_match( '/^[A-Za-z0-9_-]{1,40}$/D', $namespace ) && ! str_starts_with( $namespace, 'dossier' ) ) {
		$clean['storage_namespace'] = $namespace;
	}
	return $clean;
}

/**
 * The site's defaults, as saved.
 *
 * @return array<string,string>
 */
function facture_impayee_site_options() {
	return facture_impayee_clean( get_option( FACTURE_IMPAYEE_OPTION, array() ) );
}
