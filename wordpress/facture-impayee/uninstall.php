<?php
/**
 * Deleting the plugin leaves nothing of it: its option, its messages, and the rates files given
 * for this site (uploads/facture-impayee/). The visitors' dossiers are in their own browsers.
 *
 * @package facture-impayee
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'facture_impayee_reglages' );
global $wpdb;
// Each administrator's last message (transients named facture_impayee_message_<id>).
$wpdb->query( "DELETE FROM {$wpdb->options} WHERE option_name LIKE '\\_transient\\_facture\\_impayee\\_%' OR option_name LIKE '\\_transient\\_timeout\\_facture\\_impayee\\_%'" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
$uploads = wp_upload_dir( null, false );
$place   = trailingslashit( $uploads['basedir'] ) . 'facture-impayee';
foreach ( array( 'taux.json', 'taux-candidat.json' ) as $name ) {
	if ( is_file( "$place/$name" ) ) {
		wp_delete_file( "$place/$name" );
	}
}
if ( is_dir( $place ) ) {
	rmdir( $place );
}
