<?php
/**
 * Réglages › Facture impayée: the site's defaults for every widget, and the rates file. Every
 * form checks the capability and its nonce; every value shown is escaped.
 *
 * @package facture-impayee
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_init', 'facture_impayee_admin_init' );
add_action( 'admin_menu', 'facture_impayee_admin_menu' );
add_action( 'admin_enqueue_scripts', 'facture_impayee_admin_scripts' );
add_action( 'admin_post_facture_impayee_taux', 'facture_impayee_rates_given' );
add_action( 'admin_post_facture_impayee_taux_choix', 'facture_impayee_rates_choice' );

/** The settings page's slug. */
const FACTURE_IMPAYEE_PAGE = 'facture-impayee';

/**
 * The defaults, saved through options.php (its nonce and manage_options), cleaned on the way in.
 */
function facture_impayee_admin_init() {
	register_setting(
		'facture_impayee',
		FACTURE_IMPAYEE_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'facture_impayee_clean',
			'default'           => facture_impayee_defaults(),
		)
	);
}

/**
 * The page, under Réglages.
 */
function facture_impayee_admin_menu() {
	add_options_page(
		__( 'Facture impayée', 'facture-impayee' ),
		__( 'Facture impayée', 'facture-impayee' ),
		'manage_options',
		FACTURE_IMPAYEE_PAGE,
		'facture_impayee_admin_page'
	);
}

/**
 * The rates checker's module: its `check_rates_file` checks a rates file with the app's own rules.
 *
 * @return string
 */
function facture_impayee_checker_url() {
	$found = glob( FACTURE_IMPAYEE_DIR . '/app/v/*/verificateur.js' );
	return $found ? plugins_url( 'app/v/' . basename( dirname( $found[0] ) ) . '/verificateur.js', FACTURE_IMPAYEE_FILE ) : '';
}

/**
 * admin/reglages.js, a module, on this page only.
 *
 * @param string $hook The admin page's hook.
 */
function facture_impayee_admin_scripts( $hook ) {
	if ( 'settings_page_' . FACTURE_IMPAYEE_PAGE !== $hook ) {
		return;
	}
	wp_enqueue_script( 'facture-impayee-reglages', plugins_url( 'admin/reglages.js', FACTURE_IMPAYEE_FILE ), array(), FACTURE_IMPAYEE_VERSION, true );
}

add_filter(
	'script_loader_tag',
	function ( $tag, $handle ) {
		return 'facture-impayee-reglages' === $handle ? facture_impayee_module_tag( $tag, 'facture-impayee' ) : $tag;
	},
	10,
	2
);

/**
 * Says `$text` on the page after the redirect (one message per administrator), with the rates
 * file's address that was given, shown again in its field so that it can be mended.
 *
 * @param string $type     « success » or « error ».
 * @param string $text     What to say.
 * @param string $address  The address given, if any.
 */
function facture_impayee_say( $type, $text, $address = '' ) {
	set_transient( 'facture_impayee_message_' . get_current_user_id(), array( $type, $text, $address ), 300 );
}

/**
 * Back to the page, after a form of ours.
 */
function facture_impayee_back() {
	wp_safe_redirect( admin_url( 'options-general.php?page=' . FACTURE_IMPAYEE_PAGE ) );
	exit;
}

/**
 * A rates file given, uploaded or by its address: kept as the candidate, to be checked by the
 * app's rules on the page before it is used.
 */
function facture_impayee_rates_given() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( "Vous n'avez pas le droit de modifier ces réglages.", 'facture-impayee' ), 403 );
	}
	check_admin_referer( 'facture_impayee_taux' );
	$text    = '';
	$given   = isset( $_POST['adresse'] ) ? trim( (string) wp_unslash( $_POST['adresse'] ) ) : '';
	$address = '' !== $given ? esc_url_raw( $given, array( 'https' ) ) : '';
	if ( isset( $_FILES['taux']['tmp_name'] ) && is_uploaded_file( $_FILES['taux']['tmp_name'] ) ) {
		$size = (int) ( $_FILES['taux']['size'] ?? 0 );
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- the uploaded file.
		$text = $size <= FACTURE_IMPAYEE_RATES_MAX + 1 ? (string) file_get_contents( $_FILES['taux']['tmp_name'], false, null, 0, FACTURE_IMPAYEE_RATES_MAX + 1 ) : str_repeat( ' ', FACTURE_IMPAYEE_RATES_MAX + 1 );
	} elseif ( '' !== $given && '' === $address ) {
		facture_impayee_say( 'error', __( 'Cette adresse ne commence pas par https:// : le fichier des taux n’est téléchargé que par une connexion sécurisée.', 'facture-impayee' ), $given );
		facture_impayee_back();
	} elseif ( '' !== $address ) {
		$response = wp_safe_remote_get(
			$address,
			array(
				'timeout'             => 10,
				'redirection'         => 0,
				'limit_response_size' => FACTURE_IMPAYEE_RATES_MAX + 1,
			)
		);
		$code = is_wp_error( $response ) ? 0 : (int) wp_remote_retrieve_response_code( $response );
		if ( 200 !== $code ) {
			if ( 0 === $code ) {
				$why = __( 'la connexion a échoué (adresse injoignable, ou certificat non valable).', 'facture-impayee' );
			} elseif ( $code >= 300 && $code < 400 ) {
				$why = __( 'elle renvoie vers une autre adresse ; donnez directement celle du fichier.', 'facture-impayee' );
			} else {
				/* translators: %d: the HTTP status code the server answered. */
				$why = sprintf( __( 'le serveur a répondu par le code %d.', 'facture-impayee' ), $code );
			}
			facture_impayee_say( 'error', __( "Le fichier des taux n'a pas pu être téléchargé à cette adresse :", 'facture-impayee' ) . ' ' . $why, $given );
			facture_impayee_back();
		}
		$text = wp_remote_retrieve_body( $response );
	} else {
		facture_impayee_say( 'error', __( 'Choisissez un fichier des taux, ou donnez son adresse (https://…).', 'facture-impayee' ) );
		facture_impayee_back();
	}
	$refusal = facture_impayee_rates_refusal( $text );
	if ( '' !== $refusal ) {
		facture_impayee_say( 'error', __( 'Fichier refusé :', 'facture-impayee' ) . ' ' . $refusal, $given );
		facture_impayee_back();
	}
	$place = facture_impayee_rates_place();
	wp_mkdir_p( $place['dir'] );
	// phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents -- our uploads folder.
	file_put_contents( $place['dir'] . '/taux-candidat.json', $text );
	facture_impayee_back();
}

/**
 * The administrator's choice: use the candidate, set it aside, or go back to the shipped file.
 */
function facture_impayee_rates_choice() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( "Vous n'avez pas le droit de modifier ces réglages.", 'facture-impayee' ), 403 );
	}
	check_admin_referer( 'facture_impayee_taux_choix' );
	$place     = facture_impayee_rates_place();
	$choice    = isset( $_POST['choix'] ) ? sanitize_key( wp_unslash( $_POST['choix'] ) ) : '';
	$candidate = facture_impayee_rates_file( 'taux-candidat.json' );
	if ( 'utiliser' === $choice && $candidate ) {
		rename( $candidate['path'], $place['dir'] . '/taux.json' );
		facture_impayee_say( 'success', __( 'Le nouveau barème est utilisé par le calculateur.', 'facture-impayee' ) );
	} elseif ( 'ecarter' === $choice && $candidate ) {
		wp_delete_file( $candidate['path'] );
	} elseif ( 'livre' === $choice ) {
		wp_delete_file( $place['dir'] . '/taux.json' );
		facture_impayee_say( 'success', __( 'Le calculateur utilise le barème livré avec lui.', 'facture-impayee' ) );
	}
	facture_impayee_back();
}

/**
 * A choice's button, in a form of its own with its nonce.
 *
 * @param string $choice The choice.
 * @param string $label  The button's text.
 * @param string $extra  Attributes of the button.
 */
function facture_impayee_choice_button( $choice, $label, $extra = '' ) {
	echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" class="facture-impayee-choix">';
	echo '<input type="hidden" name="action" value="facture_impayee_taux_choix">';
	echo '<input type="hidden" name="choix" value="' . esc_attr( $choice ) . '">';
	wp_nonce_field( 'facture_impayee_taux_choix' );
	// $extra is one of our own constant strings.
	echo '<button type="submit" class="button" ' . $extra . '>' . esc_html( $label ) . '</button></form>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
}

/**
 * The page.
 */
function facture_impayee_admin_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$options   = facture_impayee_site_options();
	$message   = get_transient( 'facture_impayee_message_' . get_current_user_id() );
	$site      = facture_impayee_rates_file( 'taux.json' );
	$candidate = facture_impayee_rates_file( 'taux-candidat.json' );
	delete_transient( 'facture_impayee_message_' . get_current_user_id() );
	$fields = array(
		'accent'            => array( __( 'Couleur principale', 'facture-impayee' ), __( '#rgb ou #rrggbb ; vide : le bleu du calculateur.', 'facture-impayee' ) ),
		'accent_text'       => array( __( 'Couleur du texte sur la couleur principale', 'facture-impayee' ), __( '#rgb ou #rrggbb ; le calculateur garde un contraste lisible (WCAG AA).', 'facture-impayee' ) ),
		'cta_label'         => array( __( 'Texte du bouton d’action', 'facture-impayee' ), __( 'Par exemple « Prendre rendez-vous avec un avocat » (120 caractères au plus).', 'facture-impayee' ) ),
		'cta_url'           => array( __( 'Adresse du bouton d’action', 'facture-impayee' ), __( 'Une adresse https://…, avec le texte ci-dessus.', 'facture-impayee' ) ),
		'storage_namespace' => array( __( 'Nom du dossier dans le navigateur', 'facture-impayee' ), __( '1 à 40 lettres, chiffres, - ou _ : sépare les dossiers des visiteurs de ce site de ceux d’autres sites.', 'facture-impayee' ) ),
	);
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Facture impayée', 'facture-impayee' ); ?></h1>
		<?php if ( is_array( $message ) ) : ?>
			<div class="notice notice-<?php echo esc_attr( 'success' === $message[0] ? 'success' : 'error' ); ?>" id="facture-impayee-message"><p><?php echo esc_html( $message[1] ); ?></p></div>
		<?php endif; ?>
		<p><?php esc_html_e( 'Ces réglages valent pour chaque calculateur du site. Un code court [facture_impayee] ou un bloc peut donner les siens (mêmes noms).', 'facture-impayee' ); ?></p>
		<form method="post" action="options.php">
			<?php settings_fields( 'facture_impayee' ); ?>
			<table class="form-table" role="presentation">
				<?php foreach ( $fields as $key => $field ) : ?>
					<tr>
						<th scope="row"><label for="facture-impayee-<?php echo esc_attr( $key ); ?>"><?php echo esc_html( $field[0] ); ?></label></th>
						<td>
							<input type="text" class="regular-text" id="facture-impayee-<?php echo esc_attr( $key ); ?>" name="<?php echo esc_attr( FACTURE_IMPAYEE_OPTION . '[' . $key . ']' ); ?>" value="<?php echo esc_attr( $options[ $key ] ); ?>" aria-describedby="facture-impayee-<?php echo esc_attr( $key ); ?>-aide">
							<p class="description" id="facture-impayee-<?php echo esc_attr( $key ); ?>-aide"><?php echo esc_html( $field[1] ); ?></p>
						</td>
					</tr>
				<?php endforeach; ?>
				<tr>
					<th scope="row"><?php esc_html_e( 'Police', 'facture-impayee' ); ?></th>
					<td><label><input type="checkbox" name="<?php echo esc_attr( FACTURE_IMPAYEE_OPTION . '[font]' ); ?>" value="host" <?php checked( 'host', $options['font'] ); ?>> <?php esc_html_e( 'Utiliser la police du site', 'facture-impayee' ); ?></label></td>
				</tr>
			</table>
			<?php submit_button( __( 'Enregistrer les réglages', 'facture-impayee' ) ); ?>
		</form>

		<h2><?php esc_html_e( 'Barème des taux', 'facture-impayee' ); ?></h2>
		<div id="facture-impayee-taux"
			data-verificateur="<?php echo esc_url( facture_impayee_checker_url() ); ?>"
			data-en-usage="<?php echo esc_url( $site ? $site['url'] . '?v=' . filemtime( $site['path'] ) : plugins_url( 'app/taux.json', FACTURE_IMPAYEE_FILE ) ); ?>"
			<?php if ( $candidate ) : ?>
				data-candidat="<?php echo esc_url( $candidate['url'] . '?v=' . filemtime( $candidate['path'] ) ); ?>"
			<?php endif; ?>
		>
			<p id="facture-impayee-en-usage"><?php echo esc_html( $site ? __( 'Le calculateur utilise le barème donné pour ce site.', 'facture-impayee' ) : __( 'Le calculateur utilise le barème livré avec lui.', 'facture-impayee' ) ); ?> <span data-verdict="en-usage"></span></p>
			<?php
			if ( $site ) {
				facture_impayee_choice_button( 'livre', __( 'Revenir au barème livré', 'facture-impayee' ) );
			}
			?>
			<?php if ( $candidate ) : ?>
				<h3><?php esc_html_e( 'Barème proposé', 'facture-impayee' ); ?></h3>
				<p id="facture-impayee-candidat" data-verdict="candidat" role="status"><?php esc_html_e( 'Vérification du barème avec les règles du calculateur…', 'facture-impayee' ); ?></p>
				<?php
				facture_impayee_choice_button( 'utiliser', __( 'Utiliser ce barème', 'facture-impayee' ), 'id="facture-impayee-utiliser" disabled' );
				facture_impayee_choice_button( 'ecarter', __( 'Écarter ce barème', 'facture-impayee' ) );
				?>
			<?php endif; ?>
			<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" enctype="multipart/form-data">
				<input type="hidden" name="action" value="facture_impayee_taux">
				<?php wp_nonce_field( 'facture_impayee_taux' ); ?>
				<p><?php esc_html_e( 'Un barème plus récent (taux de la BCE, taux d’intérêt légal de chaque semestre) est publié avec le calculateur : donnez son fichier taux.json, ou son adresse. Il est vérifié avec les règles du calculateur avant d’être utilisé.', 'facture-impayee' ); ?></p>
				<p><label for="facture-impayee-fichier"><?php esc_html_e( 'Fichier des taux (taux.json)', 'facture-impayee' ); ?></label><br><input type="file" id="facture-impayee-fichier" name="taux" accept=".json,application/json"></p>
				<p><label for="facture-impayee-adresse"><?php esc_html_e( 'Ou son adresse', 'facture-impayee' ); ?></label><br><input type="url" class="regular-text" id="facture-impayee-adresse" name="adresse" placeholder="https://…" value="<?php echo esc_attr( is_array( $message ) ? (string) ( $message[2] ?? '' ) : '' ); ?>"></p>
				<?php submit_button( __( 'Vérifier ce barème', 'facture-impayee' ), 'secondary', 'verifier' ); ?>
			</form>
		</div>
	</div>
	<?php
}
