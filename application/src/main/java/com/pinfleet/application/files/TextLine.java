package com.pinfleet.application.files;

/** A line of a text file and its number, from 1. */
public record TextLine(int number, String text) {
}
