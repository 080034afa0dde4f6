// The block « Facture impayée » in the block editor: its options in the sidebar, and a box in
// the page that says where the calculator will be. It is rendered on the server (save: null),
// as the shortcode is, with each option checked there (includes/render.php). No build step:
// WordPress's own globals, in plain JavaScript.
( function ( blocks, element, blockEditor, components ) {
	var el = element.createElement;
	var fields = [
		[ 'accent', 'Couleur principale (#rrggbb)' ],
		[ 'accentText', 'Couleur du texte sur la couleur principale (#rrggbb)' ],
		[ 'ctaLabel', 'Texte du bouton d’action (par exemple « Prendre rendez-vous »)' ],
		[ 'ctaUrl', 'Adresse du bouton d’action (https://…)' ],
		[ 'storageNamespace', 'Nom du dossier dans le navigateur (lettres, chiffres, - ou _)' ],
	];
	blocks.registerBlockType( 'facture-impayee/calculateur', {
		edit: function ( props ) {
			var set = function ( name ) {
				return function ( value ) {
					var change = {};
					change[ name ] = value;
					props.setAttributes( change );
				};
			};
			var controls = fields.map( function ( field ) {
				return el( components.TextControl, {
					key: field[ 0 ],
					label: field[ 1 ],
					value: props.attributes[ field[ 0 ] ] || '',
					onChange: set( field[ 0 ] ),
				} );
			} );
			controls.push( el( components.CheckboxControl, {
				key: 'font',
				label: 'Utiliser la police du site',
				checked: props.attributes.font === 'host',
				onChange: function ( on ) {
					props.setAttributes( { font: on ? 'host' : '' } );
				},
			} ) );
			return el( 'div', blockEditor.useBlockProps(), [
				el( blockEditor.InspectorControls, { key: 'reglages' },
					el( components.PanelBody, { title: 'Réglages du calculateur' }, controls ) ),
				el( 'p', { key: 'texte' }, 'Calculateur « Facture impayée » : il s’affiche sur la page publiée. Les réglages laissés vides sont ceux du site (Réglages › Facture impayée).' ),
			] );
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components );
