#!/usr/bin/env python3
"""Scores hole fills written by ModelBenchmark against OpenCV's Telea and Navier-Stokes inpainting on the same holes.

Usage: inpaint-compare.py DIR   (DIR holds kodimNN.png, kodimNN-holeK.png, kodimNN-holeK-ours.png)
PSNR and SSIM (grey, Gaussian window 11/1.5) are computed over the hole pixels only; prints a Markdown table.
"""
import glob, os, sys
import cv2
import numpy as np


def psnr(a, b):
    mse = np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2)
    return 10 * np.log10(255.0 ** 2 / max(mse, 1e-12))


def ssim_map(a, b):
    a = cv2.cvtColor(a, cv2.COLOR_BGR2GRAY).astype(np.float64)
    b = cv2.cvtColor(b, cv2.COLOR_BGR2GRAY).astype(np.float64)
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    g = lambda x: cv2.GaussianBlur(x, (11, 11), 1.5)
    ma, mb = g(a), g(b)
    va, vb, cab = g(a * a) - ma * ma, g(b * b) - mb * mb, g(a * b) - ma * mb
    return ((2 * ma * mb + c1) * (2 * cab + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2))


def main(folder):
    scores = {"EditStudio (multi-scale membrane fill)": [], "OpenCV Telea": [], "OpenCV Navier-Stokes": []}
    for hole_file in sorted(glob.glob(os.path.join(folder, "*-hole?.png"))):
        stem = os.path.basename(hole_file).split("-hole")[0]
        original = cv2.imread(os.path.join(folder, stem + ".png"))
        mask = cv2.imread(hole_file, cv2.IMREAD_GRAYSCALE)
        ours = cv2.imread(hole_file.replace(".png", "-ours.png"))
        sel = mask > 0
        fills = {"EditStudio (multi-scale membrane fill)": ours,
                 "OpenCV Telea": cv2.inpaint(original, mask, 3, cv2.INPAINT_TELEA),
                 "OpenCV Navier-Stokes": cv2.inpaint(original, mask, 3, cv2.INPAINT_NS)}
        for name, fill in fills.items():
            scores[name].append((psnr(original[sel], fill[sel]), ssim_map(original, fill)[sel].mean()))
    n = len(scores["OpenCV Telea"])
    print(f"| method ({n} holes, 2-10% of the image) | PSNR in hole (dB) | SSIM in hole |")
    print("|---|---:|---:|")
    for name, values in scores.items():
        v = np.array(values)
        print(f"| {name} | {v[:, 0].mean():.2f} | {v[:, 1].mean():.4f} |")


if __name__ == "__main__":
    main(sys.argv[1])
