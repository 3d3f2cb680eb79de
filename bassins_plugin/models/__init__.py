"""The shipped Processing models (.model3) and their translatable texts."""
