<?php
/**
 * The editor script's dependencies (WordPress reads this file beside block/editor.js).
 *
 * @package facture-impayee
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components' ),
	'version'      => '0.1.0',
);
