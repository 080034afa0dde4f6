<?php
/**
 * The rates file (docs/RATES.md of the app): the one shipped in app/taux.json, or a newer one the
 * site's administrator gave (Réglages › Facture impayée), kept in the uploads folder. A file given
 * is first a candidate, checked in the administrator's browser by the app's own rules (the
 * checker module's `check_rates_file`, admin/reglages.js), then used. The app checks the file it
 * reads again at every visit, and keeps its own table when refusing it.
 *
 * @package facture-impayee
 */

defined( 'ABSPATH' ) || exit;

/** The largest rates file taken, in bytes (the app's own limit: engine/src/rates_file.rs). */
const FACTURE_IMPAYEE_RATES_MAX = 65536;

/**
 * Where the site's rates files are kept: uploads/facture-impayee/.
 *
 * @return array{dir:string,url:string}
 */
function facture_impayee_rates_place() {
	$uploads = wp_upload_dir( null, false );
	return array(
		'dir' => trailingslashit( $uploads['basedir'] ) . 'facture-impayee',
		'url' => trailingslashit( $uploads['baseurl'] ) . 'facture-impayee',
	);
}

/**
 * The path and address of the rates file `$name` (« taux.json » in use, « taux-candidat.json »
 * waiting for its check), or null when there is none.
 *
 * @param string $name The file's name.
 * @return array{path:string,url:string}|null
 */
function facture_impayee_rates_file( $name ) {
	$place = facture_impayee_rates_place();
	$path  = $place['dir'] . '/' . $name;
	return is_file( $path ) ? array(
		'path' => $path,
		'url'  => $place['url'] . '/' . $name,
	) : null;
}

/**
 * The address of the rates file the widgets read: the site's, else none (the app's own).
 *
 * @return string
 */
function facture_impayee_rates_url() {
	$file = facture_impayee_rates_file( 'taux.json' );
	return $file ? $file['url'] . '?v=' . filemtime( $file['path'] ) : '';
}

/**
 * Whether `$text` may be kept as a candidate: within the app's size, JSON, and saying it is a
 * rates file of this app. Everything else (its rows, its dates, that it contradicts no verified
 * value) is the app's own rules', run in the administrator's browser (admin/reglages.js), never
 * written again here.
 *
 * @param string $text The file's text.
 * @return string '' when it may be kept, else why not, in French.
 */
function facture_impayee_rates_refusal( $text ) {
	if ( strlen( $text ) > FACTURE_IMPAYEE_RATES_MAX ) {
		/* translators: %d: the largest size, in kilobytes. */
		return sprintf( __( 'Ce fichier est trop gros pour un fichier des taux (%d Ko au plus).', 'facture-impayee' ), FACTURE_IMPAYEE_RATES_MAX / 1024 );
	}
	$file = json_decode( $text, true );
	if ( ! is_array( $file ) ) {
		return __( "Ce fichier n'est pas un fichier JSON lisible.", 'facture-impayee' );
	}
	if ( ( $file['format'] ?? null ) !== 'facture-impayee/taux' ) {
		return __( "Ce fichier n'est pas un fichier des taux du calculateur (son champ « format » n'est pas « facture-impayee/taux »).", 'facture-impayee' );
	}
	return '';
}
