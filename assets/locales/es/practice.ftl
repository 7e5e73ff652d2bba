## practice
