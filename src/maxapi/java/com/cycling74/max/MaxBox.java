package com.cycling74.max;

/** Stand-in for Cycling '74's MaxBox: the box holding an object in its patcher. */
public class MaxBox {
  private final MaxObject owner;
  private String name;
  private int[] rect = {0, 0, 0, 0};

  MaxBox(MaxObject owner) {
    this.owner = owner;
  }

  public boolean send(String message, Atom[] args) {
    return false;
  }

  public boolean send(int value) {
    return false;
  }

  public boolean send(float value) {
    return false;
  }

  public boolean bang() {
    return false;
  }

  public String getMaxClass() {
    return owner == null ? "" : "mxj";
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int[] getRect() {
    return rect.clone();
  }

  public void setRect(int[] rect) {
    this.rect = rect.clone();
  }

  public void remove() {}

  public boolean understands(String message) {
    return false;
  }

  public MaxPatcher getSubPatcher() {
    return null;
  }
}
