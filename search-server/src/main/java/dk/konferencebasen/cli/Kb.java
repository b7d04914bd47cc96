package dk.konferencebasen.cli; public class Kb { public static void main(String[] a){ System.out.println("hi " + Runtime.version()); } }
