{
  uid = "root";
}
