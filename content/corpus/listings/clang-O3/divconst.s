	.text
	.intel_syntax noprefix
	.file	"divconst.c"
	.globl	div3                            # -- Begin function div3
	.p2align	4, 0x90
	.type	div3,@function
div3:                                   # @div3
# %bb.0:
	movsxd	rax, edi
	imul	rax, rax, 1431655766
	mov	rcx, rax
	shr	rcx, 63
	shr	rax, 32
	add	eax, ecx
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end0:
	.size	div3, .Lfunc_end0-div3
                                        # -- End function
	.globl	div7                            # -- Begin function div7
	.p2align	4, 0x90
	.type	div7,@function
div7:                                   # @div7
# %bb.0:
	movsxd	rax, edi
	imul	rcx, rax, -1840700269
	shr	rcx, 32
	add	eax, ecx
	mov	ecx, eax
	shr	ecx, 31
	sar	eax, 2
	add	eax, ecx
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end1:
	.size	div7, .Lfunc_end1-div7
                                        # -- End function
	.globl	mod10                           # -- Begin function mod10
	.p2align	4, 0x90
	.type	mod10,@function
mod10:                                  # @mod10
# %bb.0:
	movsxd	rax, edi
	imul	rcx, rax, 1717986919
	mov	rdx, rcx
	shr	rdx, 63
	sar	rcx, 34
	add	ecx, edx
	add	ecx, ecx
	lea	ecx, [rcx + 4*rcx]
	sub	eax, ecx
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end2:
	.size	mod10, .Lfunc_end2-mod10
                                        # -- End function
	.globl	udiv3                           # -- Begin function udiv3
	.p2align	4, 0x90
	.type	udiv3,@function
udiv3:                                  # @udiv3
# %bb.0:
	mov	ecx, edi
	mov	eax, 2863311531
	imul	rax, rcx
	shr	rax, 33
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end3:
	.size	udiv3, .Lfunc_end3-udiv3
                                        # -- End function
	.globl	udiv7                           # -- Begin function udiv7
	.p2align	4, 0x90
	.type	udiv7,@function
udiv7:                                  # @udiv7
# %bb.0:
	mov	eax, edi
	imul	rax, rax, 613566757
	shr	rax, 32
	sub	edi, eax
	shr	edi
	add	eax, edi
	shr	eax, 2
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end4:
	.size	udiv7, .Lfunc_end4-udiv7
                                        # -- End function
	.globl	umod10                          # -- Begin function umod10
	.p2align	4, 0x90
	.type	umod10,@function
umod10:                                 # @umod10
# %bb.0:
	mov	eax, edi
	mov	ecx, edi
	mov	edx, 3435973837
	imul	rdx, rcx
	shr	rdx, 35
	add	edx, edx
	lea	ecx, [rdx + 4*rdx]
	sub	eax, ecx
	ret
.Lfunc_end5:
	.size	umod10, .Lfunc_end5-umod10
                                        # -- End function
	.globl	udiv10_64                       # -- Begin function udiv10_64
	.p2align	4, 0x90
	.type	udiv10_64,@function
udiv10_64:                              # @udiv10_64
# %bb.0:
	mov	rax, rdi
	movabs	rcx, -3689348814741910323
	mul	rcx
	mov	rax, rdx
	shr	rax, 3
	ret
.Lfunc_end6:
	.size	udiv10_64, .Lfunc_end6-udiv10_64
                                        # -- End function
	.globl	div1000_64                      # -- Begin function div1000_64
	.p2align	4, 0x90
	.type	div1000_64,@function
div1000_64:                             # @div1000_64
# %bb.0:
	mov	rax, rdi
	movabs	rcx, 2361183241434822607
	imul	rcx
	mov	rax, rdx
	shr	rax, 63
	sar	rdx, 7
	add	rax, rdx
	ret
.Lfunc_end7:
	.size	div1000_64, .Lfunc_end7-div1000_64
                                        # -- End function
	.globl	div_pow2                        # -- Begin function div_pow2
	.p2align	4, 0x90
	.type	div_pow2,@function
div_pow2:                               # @div_pow2
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	lea	eax, [rdi + 15]
	test	edi, edi
	cmovns	eax, edi
	sar	eax, 4
	ret
.Lfunc_end8:
	.size	div_pow2, .Lfunc_end8-div_pow2
                                        # -- End function
	.globl	mod_pow2                        # -- Begin function mod_pow2
	.p2align	4, 0x90
	.type	mod_pow2,@function
mod_pow2:                               # @mod_pow2
# %bb.0:
	mov	eax, edi
	lea	ecx, [rax + 15]
	test	edi, edi
	cmovns	ecx, edi
	and	ecx, -16
	sub	eax, ecx
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end9:
	.size	mod_pow2, .Lfunc_end9-mod_pow2
                                        # -- End function
	.globl	mod7_64                         # -- Begin function mod7_64
	.p2align	4, 0x90
	.type	mod7_64,@function
mod7_64:                                # @mod7_64
# %bb.0:
	movabs	rcx, 5270498306774157605
	mov	rax, rdi
	imul	rcx
	mov	rax, rdx
	shr	rax, 63
	sar	rdx
	add	rax, rdx
	lea	rcx, [8*rax]
	sub	rax, rcx
	add	rax, rdi
	ret
.Lfunc_end10:
	.size	mod7_64, .Lfunc_end10-mod7_64
                                        # -- End function
	.globl	divisible_by_3                  # -- Begin function divisible_by_3
	.p2align	4, 0x90
	.type	divisible_by_3,@function
divisible_by_3:                         # @divisible_by_3
# %bb.0:
	imul	ecx, edi, -1431655765
	xor	eax, eax
	cmp	ecx, 1431655766
	setb	al
	ret
.Lfunc_end11:
	.size	divisible_by_3, .Lfunc_end11-divisible_by_3
                                        # -- End function
	.globl	digit_sum_div                   # -- Begin function digit_sum_div
	.p2align	4, 0x90
	.type	digit_sum_div,@function
digit_sum_div:                          # @digit_sum_div
# %bb.0:
	xor	eax, eax
	test	edi, edi
	je	.LBB12_3
# %bb.1:
	mov	r8d, 3435973837
	.p2align	4, 0x90
.LBB12_2:                               # =>This Inner Loop Header: Depth=1
	mov	edx, edi
	imul	rdx, r8
	shr	rdx, 35
	lea	esi, [rdx + rdx]
	lea	esi, [rsi + 4*rsi]
	mov	ecx, edi
	sub	ecx, esi
	add	eax, ecx
	cmp	edi, 9
	mov	edi, edx
	ja	.LBB12_2
.LBB12_3:
	ret
.Lfunc_end12:
	.size	digit_sum_div, .Lfunc_end12-digit_sum_div
                                        # -- End function
	.globl	udiv_by_large                   # -- Begin function udiv_by_large
	.p2align	4, 0x90
	.type	udiv_by_large,@function
udiv_by_large:                          # @udiv_by_large
# %bb.0:
	mov	eax, edi
	imul	rax, rax, 316718691
	shr	rax, 32
	sub	edi, eax
	shr	edi
	add	eax, edi
	shr	eax, 29
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end13:
	.size	udiv_by_large, .Lfunc_end13-udiv_by_large
                                        # -- End function
	.globl	div_neg5                        # -- Begin function div_neg5
	.p2align	4, 0x90
	.type	div_neg5,@function
div_neg5:                               # @div_neg5
# %bb.0:
	movsxd	rax, edi
	imul	rax, rax, -1717986919
	mov	rcx, rax
	shr	rcx, 63
	sar	rax, 33
	add	eax, ecx
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end14:
	.size	div_neg5, .Lfunc_end14-div_neg5
                                        # -- End function
	.globl	udiv_u64_by_7                   # -- Begin function udiv_u64_by_7
	.p2align	4, 0x90
	.type	udiv_u64_by_7,@function
udiv_u64_by_7:                          # @udiv_u64_by_7
# %bb.0:
	movabs	rcx, 2635249153387078803
	mov	rax, rdi
	mul	rcx
	sub	rdi, rdx
	shr	rdi
	lea	rax, [rdi + rdx]
	shr	rax, 2
	ret
.Lfunc_end15:
	.size	udiv_u64_by_7, .Lfunc_end15-udiv_u64_by_7
                                        # -- End function
	.globl	umod_u64_by_1e9                 # -- Begin function umod_u64_by_1e9
	.p2align	4, 0x90
	.type	umod_u64_by_1e9,@function
umod_u64_by_1e9:                        # @umod_u64_by_1e9
# %bb.0:
	mov	rax, rdi
	shr	rax, 9
	movabs	rcx, 19342813113834067
	mul	rcx
	shr	rdx, 11
	imul	rax, rdx, 1000000000
	sub	rdi, rax
	mov	rax, rdi
	ret
.Lfunc_end16:
	.size	umod_u64_by_1e9, .Lfunc_end16-umod_u64_by_1e9
                                        # -- End function
	.globl	seconds_to_hms                  # -- Begin function seconds_to_hms
	.p2align	4, 0x90
	.type	seconds_to_hms,@function
seconds_to_hms:                         # @seconds_to_hms
# %bb.0:
	mov	ecx, edi
	mov	eax, 2443359173
	imul	rax, rcx
	shr	rax, 43
	imul	eax, eax, 10000
	mov	edx, 2290649225
	imul	rcx, rdx
	shr	rcx, 37
	imul	rdx, rcx
	shr	rdx, 37
	imul	edx, edx, 60
	imul	esi, ecx, 60
	sub	ecx, edx
	imul	ecx, ecx, 100
	sub	edi, esi
	add	eax, edi
	add	eax, ecx
	ret
.Lfunc_end17:
	.size	seconds_to_hms, .Lfunc_end17-seconds_to_hms
                                        # -- End function
	.globl	celsius_from_f                  # -- Begin function celsius_from_f
	.p2align	4, 0x90
	.type	celsius_from_f,@function
celsius_from_f:                         # @celsius_from_f
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	lea	eax, [rdi + 4*rdi]
	add	eax, -160
	cdqe
	imul	rax, rax, 954437177
	mov	rcx, rax
	shr	rcx, 63
	sar	rax, 33
	add	eax, ecx
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end18:
	.size	celsius_from_f, .Lfunc_end18-celsius_from_f
                                        # -- End function
	.globl	udiv16_by_5                     # -- Begin function udiv16_by_5
	.p2align	4, 0x90
	.type	udiv16_by_5,@function
udiv16_by_5:                            # @udiv16_by_5
# %bb.0:
	imul	eax, edi, 52429
	shr	eax, 18
                                        # kill: def $ax killed $ax killed $eax
	ret
.Lfunc_end19:
	.size	udiv16_by_5, .Lfunc_end19-udiv16_by_5
                                        # -- End function
	.globl	u8_div_3                        # -- Begin function u8_div_3
	.p2align	4, 0x90
	.type	u8_div_3,@function
u8_div_3:                               # @u8_div_3
# %bb.0:
	imul	eax, edi, 171
	shr	eax, 9
                                        # kill: def $al killed $al killed $eax
	ret
.Lfunc_end20:
	.size	u8_div_3, .Lfunc_end20-u8_div_3
                                        # -- End function
	.globl	div_by_variable                 # -- Begin function div_by_variable
	.p2align	4, 0x90
	.type	div_by_variable,@function
div_by_variable:                        # @div_by_variable
# %bb.0:
	test	rsi, rsi
	je	.LBB21_4
# %bb.1:
	movabs	rax, -9223372036854775808
	cmp	rdi, rax
	jne	.LBB21_5
# %bb.2:
	cmp	rsi, -1
	jne	.LBB21_5
.LBB21_4:
	xor	eax, eax
	ret
.LBB21_5:
	mov	rax, rdi
	or	rax, rsi
	shr	rax, 32
	je	.LBB21_7
# %bb.6:
	mov	rax, rdi
	cqo
	idiv	rsi
	ret
.LBB21_7:
	mov	eax, edi
	xor	edx, edx
	div	esi
                                        # kill: def $eax killed $eax def $rax
	ret
.Lfunc_end21:
	.size	div_by_variable, .Lfunc_end21-div_by_variable
                                        # -- End function
	.globl	udiv_by_variable                # -- Begin function udiv_by_variable
	.p2align	4, 0x90
	.type	udiv_by_variable,@function
udiv_by_variable:                       # @udiv_by_variable
# %bb.0:
	test	esi, esi
	je	.LBB22_1
# %bb.2:
	mov	eax, edi
	xor	edx, edx
	div	esi
	ret
.LBB22_1:
	xor	eax, eax
	ret
.Lfunc_end22:
	.size	udiv_by_variable, .Lfunc_end22-udiv_by_variable
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
