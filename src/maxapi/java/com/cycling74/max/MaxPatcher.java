package com.cycling74.max;

/** Stand-in for Cycling '74's MaxPatcher: the patcher an object lives in. Empty in the stand-in. */
public class MaxPatcher {
  MaxPatcher() {}

  public MaxBox getNamedBox(String name) {
    return null;
  }

  public MaxBox[] getAllBoxes() {
    return new MaxBox[0];
  }

  public MaxBox newDefault(int x, int y, String maxClass, Atom[] args) {
    return null;
  }

  public MaxBox newObject(String maxClass, Atom[] args) {
    return null;
  }

  public boolean connect(MaxBox from, int outlet, MaxBox to, int inlet) {
    return false;
  }

  public void disconnect(MaxBox from, int outlet, MaxBox to, int inlet) {}

  public String getPath() {
    return "";
  }

  public String getFilePath() {
    return "";
  }

  public boolean isBPatcher() {
    return false;
  }

  public String getName() {
    return "";
  }
}
