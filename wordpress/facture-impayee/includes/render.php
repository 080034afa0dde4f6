<?php
/**
 * The widget in a page: `[facture_impayee]` and the block « Facture impayée » write the same
 * element, `<div data-facture-impayee …>`, its options as data attributes (each checked, then
 * escaped), and enqueue embed.js, which finds the element and starts the app. Nothing inline,
 * nothing from another origin.
 *
 * @package facture-impayee
 */

defined( 'ABSPATH' ) || exit;

/**
 * The element for options `$given` over the site's defaults: a given option that fails its
 * check leaves the site's default in place.
 *
 * @param array<string,string> $given Options of this shortcode or block, unchecked.
 * @return string
 */
function facture_impayee_element( $given ) {
	$site    = facture_impayee_site_options();
	$checked = facture_impayee_clean( $given );
	$options = array();
	foreach ( $site as $key => $default ) {
		$options[ $key ] = '' !== $checked[ $key ] ? $checked[ $key ] : $default;
	}
	// The call to action goes as a pair: a page's label with the site's address would be neither.
	if ( '' === $checked['cta_label'] ) {
		$options['cta_label'] = $site['cta_label'];
		$options['cta_url']   = $site['cta_url'];
	}
	$attributes = array(
		'data-accent'            => $options['accent'],
		'data-accent-text'       => $options['accent_text'],
		'data-font'              => $options['font'],
		'data-cta-label'         => $options['cta_label'],
		'data-cta-url'           => $options['cta_url'],
		'data-storage-namespace' => $options['storage_namespace'],
		'data-rates-url'         => facture_impayee_rates_url(),
	);
	$html = '<div class="facture-impayee" data-facture-impayee';
	foreach ( $attributes as $name => $value ) {
		if ( '' !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	$html .= '><noscript><p>' . esc_html__( 'Ce calculateur a besoin de JavaScript : activez-le dans votre navigateur pour calculer ce qui vous est dû.', 'facture-impayee' ) . '</p></noscript></div>';
	wp_enqueue_script( 'facture-impayee' );
	return $html;
}

/**
 * `[facture_impayee accent="#0b6e4f" accent_text="#ffffff" font="host" cta_label="…"
 * cta_url="https://…" storage_namespace="…"]`. Any other attribute is ignored.
 *
 * @param array<string,string>|string $atts The shortcode's attributes.
 * @return string
 */
function facture_impayee_shortcode( $atts ) {
	return facture_impayee_element( shortcode_atts( facture_impayee_defaults(), is_array( $atts ) ? $atts : array(), 'facture_impayee' ) );
}

/**
 * The block, rendered on the server as the shortcode is (its attributes: block/block.json).
 *
 * @param array<string,mixed> $attributes The block's attributes.
 * @return string
 */
function facture_impayee_block( $attributes ) {
	$given = array();
	foreach ( array_keys( facture_impayee_defaults() ) as $key ) {
		$camel         = lcfirst( str_replace( '_', '', ucwords( $key, '_' ) ) );
		$given[ $key ] = isset( $attributes[ $camel ] ) && is_string( $attributes[ $camel ] ) ? $attributes[ $camel ] : '';
	}
	return facture_impayee_element( $given );
}
