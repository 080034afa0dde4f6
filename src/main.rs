fn main() {
    facture_impayee::start();
}
